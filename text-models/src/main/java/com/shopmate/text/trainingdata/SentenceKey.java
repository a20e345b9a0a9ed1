package com.shopmate.text.trainingdata;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When two training examples are the same sentence: when they differ only in case, width, spacing and punctuation.
 * "Where is my order?" and "where is my order" teach nothing new. The intent and the sentiment packs both use it.
 */
public final class SentenceKey {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SentenceKey() {
    }

    /** Equal for the same sentence; a text of punctuation or emoji only is its own key. */
    public static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String key = NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("");
        return key.isEmpty() ? folded.strip() : key;
    }
}
