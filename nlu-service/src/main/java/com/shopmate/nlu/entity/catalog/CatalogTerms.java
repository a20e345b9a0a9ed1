package com.shopmate.nlu.entity.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text as the units product names are compared by: for Chinese, overlapping character pairs (羽绒服 is 羽绒, 绒服),
 * a lone character on its own; for English, words, lower-cased and without a plural s (shoes is shoe). Words that
 * say nothing about a product (the, my, want) are left out.
 */
final class CatalogTerms {

    record Term(String text, int start, int end) {
        boolean isLatin() {
            char c = text.charAt(0);
            return c < 0x80;
        }

        boolean hasDigit() {
            return text.chars().anyMatch(Character::isDigit);
        }
    }

    /** Sizes and amounts in names (256GB, 50ml, 500g, 5G) tell variants apart but are rarely how shoppers name one. */
    private static final Pattern SPEC = Pattern.compile("\\d+(?:gb|tb|ml|mm|cm|kg|g|l|mah|w|mp|inch|in)?");
    private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "of", "for", "and", "or", "with", "my",
            "your", "our", "his", "her", "their", "this", "that", "these", "those", "one", "ones", "is", "are", "was",
            "be", "i", "me", "we", "you", "it", "its", "to", "in", "on", "at", "by", "from", "do", "does", "did",
            "have", "has", "had", "want", "wanna", "need", "buy", "bought", "get", "got", "looking", "look", "about",
            "how", "much", "many", "what", "which", "any", "some", "please", "pls", "can", "could", "would", "will",
            "there", "here", "like", "where", "when", "order", "ordered", "still", "not", "no", "yes", "price");
    private static final int SHORTEST_WORD = 2;

    private CatalogTerms() {
    }

    /** The terms of lower-cased text, in text order, with their spans. */
    static List<Term> of(String lower) {
        List<Term> terms = new ArrayList<>();
        int i = 0;
        while (i < lower.length()) {
            char c = lower.charAt(i);
            if (isHan(c)) {
                int end = i;
                while (end < lower.length() && isHan(lower.charAt(end))) {
                    end++;
                }
                if (end - i == 1) {
                    terms.add(new Term(lower.substring(i, end), i, end));
                }
                for (int k = i; k + 2 <= end; k++) {
                    terms.add(new Term(lower.substring(k, k + 2), k, k + 2));
                }
                i = end;
            } else if (isLatin(c)) {
                int end = i;
                while (end < lower.length() && isLatin(lower.charAt(end))) {
                    end++;
                }
                String word = lower.substring(i, end);
                if (word.length() >= SHORTEST_WORD && !STOP_WORDS.contains(word)) {
                    terms.add(new Term(stem(word), i, end));
                }
                i = end;
            } else {
                i++;
            }
        }
        return terms;
    }

    static boolean isSpec(String term) {
        return SPEC.matcher(term).matches();
    }

    /** shoes → shoe, watches → watch, accessories → accessory; glass and bus stay. */
    static String stem(String word) {
        int n = word.length();
        if (n > 4 && word.endsWith("ies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n > 4 && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses")
                || word.endsWith("xes"))) {
            return word.substring(0, n - 2);
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
