package com.shopmate.nlu.text;

import java.util.Locale;

/** Puts shopper text into the one form the keyword tables and entity patterns are written against. */
public final class TextNormalizer {

    private static final char IDEOGRAPHIC_SPACE = '\u3000';
    private static final char FULLWIDTH_FIRST = '\uFF01';
    private static final char FULLWIDTH_LAST = '\uFF5E';
    private static final int FULLWIDTH_OFFSET = 0xFEE0;
    private static final int VARIATION_SELECTOR_FIRST = 0xFE00;
    private static final int VARIATION_SELECTOR_LAST = 0xFE0F;

    private TextNormalizer() {
    }

    /**
     * Full-width ASCII (ＳＯ１２３, ！, ＠) to half-width, one char for one char: offsets into the result are
     * offsets into the original, so entity spans found in the folded text point into what the shopper wrote.
     */
    public static String foldWidth(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) {
                chars[i] = (char) (c - FULLWIDTH_OFFSET);
            } else if (c == IDEOGRAPHIC_SPACE) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /**
     * Folded, lower-cased, every punctuation mark and symbol (emoji included) turned into a space, runs of spaces
     * collapsed. Keywords go through the same function, so {@code "don't"} in a table matches "Don’t!" in a message.
     */
    public static String forMatching(String text) {
        String folded = foldWidth(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean lastWasSpace = true;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isPunctuationOrSymbol(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!lastWasSpace) {
                    out.append(' ');
                    lastWasSpace = true;
                }
            } else {
                out.appendCodePoint(cp);
                lastWasSpace = false;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    public static boolean containsHan(String text) {
        return text.codePoints().anyMatch(TextNormalizer::isHan);
    }

    private static boolean isPunctuationOrSymbol(int codePoint) {
        if (codePoint >= VARIATION_SELECTOR_FIRST && codePoint <= VARIATION_SELECTOR_LAST) {
            return true; // the invisible tail of emoji such as ❤️
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL,
                    Character.SURROGATE, Character.FORMAT -> true;
            default -> false;
        };
    }
}
