package com.shopmate.text.script;

/**
 * Full-width ASCII (ＳＯ１２３, ！, ＠, common in Chinese input) and the ideographic space to their half-width forms,
 * one char for one char: offsets into the result are offsets into the original, so spans found in folded text
 * point into what the shopper wrote.
 */
public final class WidthFolding {

    private static final char IDEOGRAPHIC_SPACE = '\u3000';
    private static final char FULLWIDTH_FIRST = '\uFF01';
    private static final char FULLWIDTH_LAST = '\uFF5E';
    private static final int FULLWIDTH_OFFSET = 0xFEE0;

    private WidthFolding() {
    }

    public static int fold(int codePoint) {
        if (codePoint >= FULLWIDTH_FIRST && codePoint <= FULLWIDTH_LAST) {
            return codePoint - FULLWIDTH_OFFSET;
        }
        return codePoint == IDEOGRAPHIC_SPACE ? ' ' : codePoint;
    }

    public static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) fold(chars[i]);
        }
        return new String(chars);
    }
}
