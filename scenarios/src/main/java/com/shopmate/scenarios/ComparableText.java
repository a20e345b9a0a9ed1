package com.shopmate.scenarios;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as an expectation compares it: NFKC (full-width ＳＦ１２３ and ¥ forms become plain), ASCII letters in lower
 * case, no thousands separators in numbers ("1,299" and "1299" say the same price) and whitespace collapsed to one
 * space. Expected strings and the bot's replies go through the same steps, so a substring match ignores only these
 * differences of form.
 */
public final class ComparableText {

    // A comma between a digit and exactly three more digits; NFKC has already made "，" a ",".
    private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    private ComparableText() {
    }

    public static String of(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        normalized = THOUSANDS_SEPARATOR.matcher(asciiLowerCase(normalized)).replaceAll("");
        return WHITESPACE.matcher(normalized).replaceAll(" ").strip();
    }

    /** Whether {@code expected} occurs in {@code text}, both compared as above. */
    public static boolean contains(String text, String expected) {
        return of(text).contains(of(expected));
    }

    // Only A-Z: Unicode case folding would also change letters the shop's wording may distinguish.
    private static String asciiLowerCase(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        text.chars().forEach(c -> lower.append((char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)));
        return lower.toString();
    }
}
