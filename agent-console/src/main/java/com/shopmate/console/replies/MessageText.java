package com.shopmate.console.replies;

import com.shopmate.errors.ApiException;
import com.shopmate.events.UtteranceReceived;

/** What an agent writes (a reply or a note): 1 to 2,000 characters, as a shopper's message may be. */
public final class MessageText {

    public static final int MAX_LENGTH = UtteranceReceived.MAX_TEXT_LENGTH;

    private MessageText() {
    }

    /** The text without surrounding blanks. @throws ApiException 400 {@code invalid_text} */
    public static String checked(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw ApiException.badRequest("invalid_text", "text must not be empty");
        }
        if (stripped.length() > MAX_LENGTH) {
            throw ApiException.badRequest("invalid_text",
                    "text must be at most " + MAX_LENGTH + " characters, got " + stripped.length());
        }
        return stripped;
    }
}
