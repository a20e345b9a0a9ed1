package com.shopmate.shop.backend;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Finds products by what a shopper calls them: each word of the query (a Latin word, or a run of Chinese
 * characters in pairs) that occurs in a product's name, brand, model or category scores; the best scores first,
 * products with none left out.
 */
public final class ProductMatch {

    private ProductMatch() {
    }

    public static <P> List<P> best(List<P> products, String query, int limit, Function<P, List<String>> fields) {
        List<String> terms = terms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        record Scored<P>(P product, int score) {
        }
        return products.stream()
                .map(p -> new Scored<>(p, score(terms, normalise(String.join(" ", fields.apply(p))))))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingInt((Scored<P> s) -> s.score()).reversed())
                .limit(limit)
                .map(Scored::product)
                .toList();
    }

    static List<String> terms(String query) {
        String text = normalise(query == null ? "" : query);
        List<String> terms = new java.util.ArrayList<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                // Chinese has no spaces: overlapping character pairs match 降噪耳机 against 主动降噪蓝牙耳机.
                int[] chars = word.codePoints().toArray();
                if (chars.length == 1) {
                    terms.add(word);
                }
                IntStream.range(0, chars.length - 1).forEach(i -> terms.add(new String(chars, i, 2)));
            } else if (word.length() > 1) {
                terms.add(word);
            }
        }
        return terms;
    }

    private static int score(List<String> terms, String haystack) {
        return (int) terms.stream().filter(haystack::contains).count();
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
