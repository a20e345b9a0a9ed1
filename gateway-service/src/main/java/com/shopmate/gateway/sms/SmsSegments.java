package com.shopmate.gateway.sms;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into the segments each sent as an SMS of its own: 160 GSM-7 characters (the extension characters
 * {@code ^{}\[~]|€} and form feed take two), or 70 UTF-16 units (UCS-2) when any character is outside GSM-7, as Chinese
 * is. A cut falls after a sentence where one ends in the second half of a segment, else after a space or a comma,
 * else where the segment is full, never between the two halves of a surrogate pair. Whatever is cut stays with the
 * segment before it, so the segments put together again are the text, and a reader can reassemble them.
 */
public final class SmsSegments {

    static final int GSM7_LIMIT = 160;
    static final int UCS2_LIMIT = 70;

    private static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM7_EXTENSION = "\f^{}\\[~]|€";
    private static final String SENTENCE_ENDS = ".!?。！？…";
    private static final String CLAUSE_ENDS = ",;:，、；：";

    private SmsSegments() {
    }

    public static List<String> of(String text) {
        boolean gsm7 = isGsm7(text);
        int limit = gsm7 ? GSM7_LIMIT : UCS2_LIMIT;
        List<String> segments = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int fits = furthestFit(text, start, limit, gsm7);
            int cut = fits == text.length() ? fits : bestCut(text, start, fits);
            segments.add(text.substring(start, cut));
            start = cut;
        }
        return segments.isEmpty() ? List.of(text) : segments;
    }

    /** Whether every character is in the GSM 03.38 alphabet, basic table or extension. */
    public static boolean isGsm7(String text) {
        return text.chars().allMatch(c -> GSM7_BASIC.indexOf(c) >= 0 || GSM7_EXTENSION.indexOf(c) >= 0);
    }

    /** The end (exclusive) of the longest run from {@code start} that fits in one segment, whole code points only. */
    private static int furthestFit(String text, int start, int limit, boolean gsm7) {
        int used = 0;
        int i = start;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            int cost = gsm7 ? (GSM7_EXTENSION.indexOf(codePoint) >= 0 ? 2 : 1) : width;
            if (used + cost > limit) {
                break;
            }
            used += cost;
            i += width;
        }
        return i;
    }

    private static int bestCut(String text, int start, int fits) {
        int half = start + (fits - start) / 2;
        for (int cut = fits; cut > half; cut--) {
            if (endsSentence(text, start, cut)) {
                return cut;
            }
        }
        for (int cut = fits; cut > start + 1; cut--) {
            char before = text.charAt(cut - 1);
            if (Character.isWhitespace(before) || CLAUSE_ENDS.indexOf(before) >= 0) {
                return cut;
            }
        }
        return fits;
    }

    // "。" or "！" ends a sentence at once; "." only before a space ("3.5" and "SO-1.2" are not ends), kept with it.
    private static boolean endsSentence(String text, int start, int cut) {
        char before = text.charAt(cut - 1);
        if (before == '\n' || (SENTENCE_ENDS.indexOf(before) >= 0 && before > 0x2000)) {
            return true;
        }
        return Character.isWhitespace(before) && cut - 2 >= start && SENTENCE_ENDS.indexOf(text.charAt(cut - 2)) >= 0;
    }
}
