package com.shopmate.nlu.text;

import com.shopmate.text.script.WidthFolding;

import java.util.Locale;

/** Puts shopper text into the one form the keyword tables and entity patterns are written against. */
public final class TextNormalizer {

    private static final int VARIATION_SELECTOR_FIRST = 0xFE00;
    private static final int VARIATION_SELECTOR_LAST = 0xFE0F;

    private TextNormalizer() {
    }

    /** See {@link WidthFolding}: offsets into the result are offsets into what the shopper wrote. */
    public static String foldWidth(String text) {
        return WidthFolding.fold(text);
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
