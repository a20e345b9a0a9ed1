package com.shopmate.text.features;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one text normalisation the n-gram features see, so that train and predict count the same n-grams. */
final class TextNormalizer {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TextNormalizer() {
    }

    /** NFKC folds full-width letters, digits and punctuation (common in Chinese input) into their usual forms. */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return WHITESPACE.matcher(folded).replaceAll(" ").trim();
    }
}
