package com.shopmate.nlu.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds dictionary phrases (colours, brands, categories) in lower-cased text, leftmost and longest first. A Chinese
 * phrase matches anywhere, as Chinese has no spaces; a phrase that begins or ends with a Latin letter or digit
 * matches only as whole words there ("red" is not in "bored", "黑色" is in "要黑色的").
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {

    private final Map<Character, List<Phrase<V>>> byFirstChar = new HashMap<>();

    public record Phrase<V>(String text, V value) {
    }

    public record Match<V>(int start, int end, V value) {
    }

    /** @param phrases phrases in any case; they are matched lower-cased */
    public PhraseMatcher(Iterable<Phrase<V>> phrases) {
        for (Phrase<V> phrase : phrases) {
            String text = phrase.text().strip().toLowerCase(Locale.ROOT);
            if (!text.isEmpty()) {
                byFirstChar.computeIfAbsent(text.charAt(0), c -> new ArrayList<>())
                        .add(new Phrase<>(text, phrase.value()));
            }
        }
        Comparator<Phrase<V>> longestFirst = Comparator.comparingInt(p -> -p.text().length());
        byFirstChar.values().forEach(list -> list.sort(longestFirst));
    }

    public List<Match<V>> find(String lower) {
        return find(lower, match -> true);
    }

    /**
     * @param accept a last say on a match in context (a colour "黑" only before "的"); a refused match gives way to
     *               the next shorter phrase at the same place
     */
    public List<Match<V>> find(String lower, Predicate<Match<V>> accept) {
        List<Match<V>> found = new ArrayList<>();
        int i = 0;
        while (i < lower.length()) {
            Match<V> match = longestAt(lower, i, accept);
            if (match == null) {
                i++;
            } else {
                found.add(match);
                i = match.end();
            }
        }
        return found;
    }

    private Match<V> longestAt(String lower, int at, Predicate<Match<V>> accept) {
        List<Phrase<V>> candidates = byFirstChar.get(lower.charAt(at));
        if (candidates == null || (isWordChar(lower.charAt(at)) && at > 0 && isWordChar(lower.charAt(at - 1)))) {
            return null;
        }
        for (Phrase<V> phrase : candidates) {
            String text = phrase.text();
            int end = at + text.length();
            boolean cutsAWord = isWordChar(text.charAt(text.length() - 1)) && end < lower.length()
                    && isWordChar(lower.charAt(end));
            if (lower.startsWith(text, at) && !cutsAWord) {
                Match<V> match = new Match<>(at, end, phrase.value());
                if (accept.test(match)) {
                    return match;
                }
            }
        }
        return null;
    }

    /** A Latin letter or digit: the characters English words are made of. */
    public static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
