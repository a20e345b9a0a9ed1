package com.shopmate.nlu.entity;

import com.shopmate.text.script.WidthFolding;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * A shopper's text in the one form the recognizers are written against, with the way back to the original.
 *
 * <p>Full-width letters, digits and signs become half-width (ＳＯ２０２６ → SO2026, ￥ → ¥, ： → :), other
 * compatibility characters their NFKC form (① → 1), the ideographic space a space. One original character may become
 * several, so every normalised character remembers the original characters it came from and a span found in
 * {@link #text()} maps back to UTF-16 offsets into {@link #original()}.
 */
public final class EntityText {

    private static final char IDEOGRAPHIC_SPACE = '\u3000';
    private static final int ASCII_END = 0x80;
    private static final int HAN_FIRST = 0x4E00;
    private static final int HAN_LAST = 0x9FFF;
    private static final char NOT_SIMPLE = '\uFFFF';

    private final String original;
    private final String text;
    private final String lower;
    private final LocalDate today;
    private final int[] sourceStart;
    private final int[] sourceEnd;
    private final int digits;
    private final boolean hasLatin;
    private final boolean hasHan;

    private EntityText(String original, LocalDate today) {
        this.original = original;
        this.today = today;
        StringBuilder out = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 1];
        int[] ends = new int[original.length() + 1];
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            char simple = simpleForm(cp);
            String normal = simple != NOT_SIMPLE ? null : compatibilityForm(cp);
            int count = normal == null ? 1 : normal.length();
            if (out.length() + count > starts.length) {
                starts = Arrays.copyOf(starts, (out.length() + count) * 2);
                ends = Arrays.copyOf(ends, starts.length);
            }
            for (int k = 0; k < count; k++) {
                starts[out.length()] = i;
                ends[out.length()] = next;
                out.append(normal == null ? simple : normal.charAt(k));
            }
            i = next;
        }
        this.text = out.toString();
        this.sourceStart = starts;
        this.sourceEnd = ends;
        char[] folded = text.toCharArray();
        int digitCount = 0;
        boolean latin = false;
        boolean han = false;
        for (int i = 0; i < folded.length; i++) {
            char c = folded[i];
            folded[i] = Character.toLowerCase(c);
            digitCount += c >= '0' && c <= '9' ? 1 : 0;
            latin |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            han |= c >= HAN_FIRST && c <= HAN_LAST || c == '〇';
        }
        this.lower = new String(folded);
        this.digits = digitCount;
        this.hasLatin = latin;
        this.hasHan = han;
    }

    /** @param today the day relative dates ("明天", "last Monday") count from, in the shop's time zone */
    public static EntityText of(String original, LocalDate today) {
        return new EntityText(Objects.requireNonNull(original, "text"), Objects.requireNonNull(today, "today"));
    }

    /** Dictionary text (a product name, a brand) in the form {@link #lower()} gives a shopper's text. */
    public static String matchingForm(String text) {
        return new EntityText(text, LocalDate.EPOCH).lower();
    }

    /** What the shopper wrote. */
    public String original() {
        return original;
    }

    /** The normalised text that recognizers read and that spans point into. */
    public String text() {
        return text;
    }

    /** {@link #text()} lower-cased character by character, so offsets into it are offsets into {@link #text()}. */
    public String lower() {
        return lower;
    }

    public LocalDate today() {
        return today;
    }

    /** How many ASCII digits the normalised text has: a recognizer of numbers may skip a text without. */
    public int digits() {
        return digits;
    }

    /** Whether the normalised text has a Latin letter: English patterns may skip a text without. */
    public boolean hasLatin() {
        return hasLatin;
    }

    /** Whether the text has a Chinese character (of the common block, or 〇): Chinese patterns may skip one without. */
    public boolean hasHan() {
        return hasHan;
    }

    /** Where the normalised character at {@code start} begins in the original. */
    public int originalStart(int start) {
        return start == text.length() ? original.length() : sourceStart[start];
    }

    /** Where the span ending (exclusive) at {@code end} in the normalised text ends in the original. */
    public int originalEnd(int end) {
        return end == 0 ? 0 : sourceEnd[end - 1];
    }

    /** The one character {@code cp} becomes, or {@link #NOT_SIMPLE} when it needs the NFKC tables. */
    private static char simpleForm(int cp) {
        if (cp < ASCII_END || (cp >= HAN_FIRST && cp <= HAN_LAST)) {
            return (char) cp;
        }
        int folded = WidthFolding.fold(cp);
        return folded != cp ? (char) folded : NOT_SIMPLE;
    }

    private static String compatibilityForm(int cp) {
        String s = Character.toString(cp);
        return Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
