package com.shopmate.sentiment.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into the units the lexicon is matched on: one per Han character (Chinese has no spaces, and a
 * dictionary match finds the words), one per English word, one per emoji, and a clause boundary for punctuation.
 * Lexicon terms are cut the same way, so "thank you" and "谢谢" are both sequences of units.
 */
final class TextUnits {

    /** Marks the end of a clause; no term can contain it. */
    static final String BOUNDARY = "|";
    private static final String NOT_SUFFIX = "n't";
    private static final char FULLWIDTH_FIRST = '\uFF01';
    private static final char FULLWIDTH_LAST = '\uFF5E';
    private static final int FULLWIDTH_OFFSET = 0xFEE0;

    /** @param exclamations how many "!" the text has, full-width ones included */
    record Split(List<String> units, int exclamations) {
    }

    private TextUnits() {
    }

    static Split of(String text) {
        String folded = fold(text);
        List<String> units = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int exclamations = 0;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (!han && (Character.isLetterOrDigit(cp) || (cp == '\'' && !word.isEmpty()))) {
                word.appendCodePoint(cp);
                continue;
            }
            addWord(units, word);
            if (han) {
                units.add(Character.toString(cp));
            } else if (cp == '!') {
                exclamations++;
                units.add(BOUNDARY);
            } else if (isPunctuation(cp)) {
                units.add(BOUNDARY);
            } else if (Character.getType(cp) == Character.OTHER_SYMBOL) {
                units.add(Character.toString(cp)); // emoji and the like; skin tones and joiners are dropped
            }
        }
        addWord(units, word);
        return new Split(units, exclamations);
    }

    // "isn't" is "is" + "n't", so that one negator entry covers every contraction.
    private static void addWord(List<String> units, StringBuilder word) {
        String w = word.toString().replaceAll("'+$", "");
        word.setLength(0);
        if (w.isEmpty()) {
            return;
        }
        if (w.endsWith(NOT_SUFFIX) && w.length() > NOT_SUFFIX.length()) {
            units.add(w.substring(0, w.length() - NOT_SUFFIX.length()));
            units.add(NOT_SUFFIX);
        } else {
            units.add(w);
        }
    }

    private static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) {
                chars[i] = (char) (c - FULLWIDTH_OFFSET);
            } else if (c == '\u2019' || c == '\u2018') {
                chars[i] = '\'';
            }
        }
        return new String(chars).toLowerCase(Locale.ROOT);
    }

    private static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> cp != '\'';
            default -> false;
        };
    }
}
