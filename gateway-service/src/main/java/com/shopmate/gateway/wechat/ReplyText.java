package com.shopmate.gateway.wechat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A reply as WeChat text messages: the reply's messages joined into one text, cut into pieces WeChat accepts (a text
 * message holds at most 2048 bytes of UTF-8). Cut at a line break when one is near, never inside a character.
 * Deterministic: the push and the reply channel cut the same reply the same way, so each sends its own pieces.
 */
final class ReplyText {

    static final int MAX_BYTES = 2048;
    private static final String BETWEEN_MESSAGES = "\n\n";

    private ReplyText() {
    }

    static List<String> pieces(List<String> messages) {
        return pieces(String.join(BETWEEN_MESSAGES, messages), MAX_BYTES);
    }

    static List<String> pieces(String text, int maxBytes) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (utf8Length(rest) > maxBytes) {
            int end = fittingLength(rest, maxBytes);
            int lineBreak = rest.lastIndexOf('\n', end - 1);
            // A line break in the last quarter is a better cut than the middle of a sentence.
            int cut = lineBreak > end * 3 / 4 ? lineBreak : end;
            pieces.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || pieces.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** The longest prefix, in chars, whose UTF-8 fits in {@code maxBytes}, ending on a whole code point. */
    private static int fittingLength(String text, int maxBytes) {
        int bytes = 0;
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            int size = utf8Length(new String(Character.toChars(codePoint)));
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            index += Character.charCount(codePoint);
        }
        return index;
    }

    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
