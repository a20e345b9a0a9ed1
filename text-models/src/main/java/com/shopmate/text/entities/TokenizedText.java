package com.shopmate.text.entities;

import com.shopmate.text.script.WidthFolding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into the units entities are matched and tagged on: every Chinese character is a unit of its own, a run
 * of Latin letters and digits is one (an English word, a number, a code such as SAVE20), any other visible character
 * is one, and spaces are dropped. So a Chinese entity never depends on word segmentation (顺丰速运 is found inside
 * 我要用顺丰速运寄), and an English one always ends at a word boundary ("pinkish" holds no "pink").
 *
 * <p>Tokens carry UTF-16 offsets into the text as given, and their text width-folded (ＳＡＶＥ２０ is SAVE20), so a
 * shopper's full-width input meets the half-width training data.
 */
public final class TokenizedText {


    /** One unit, {@code start} and {@code end} (exclusive) into the text as given. */
    public record Token(String text, int start, int end) {

        /** The form lookups compare: lower-cased. */
        public String key() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private final String text;
    private final List<Token> tokens;

    private TokenizedText(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    public static TokenizedText of(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i = next;
            } else if (isWordChar(WidthFolding.fold(cp))) {
                int end = next;
                while (end < text.length() && isWordChar(WidthFolding.fold(text.codePointAt(end)))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                tokens.add(new Token(folded(text, i, end), i, end));
                i = end;
            } else {
                tokens.add(new Token(folded(text, i, next), i, next));
                i = next;
            }
        }
        return new TokenizedText(text, List.copyOf(tokens));
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    /** The token texts, as the tagger reads them. */
    public String[] words() {
        return tokens.stream().map(Token::text).toArray(String[]::new);
    }

    /** Tokens {@code from} to {@code to} (exclusive) as written, spaces between them kept. */
    public String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The first token that starts at or after {@code offset}, or {@link #size()}. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    /** A Latin letter or digit (after width folding): what English words and codes are made of. */
    public static boolean isWordChar(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }

    private static String folded(String text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        text.substring(start, end).codePoints().map(WidthFolding::fold).forEach(out::appendCodePoint);
        return out.toString();
    }
}
