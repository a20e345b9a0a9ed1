package com.shopmate.dialogue.reply;

/** The language to answer in: the utterance's, unless it has no words at all ("👍", "12345"). */
public final class ReplyLanguage {

    static final String DEFAULT = "zh";

    private ReplyLanguage() {
    }

    public static String choose(String detected, String text, String conversationLanguage) {
        boolean hasWords = text != null && text.codePoints().anyMatch(Character::isLetter);
        if (!hasWords && conversationLanguage != null) {
            return conversationLanguage;
        }
        if ("zh".equals(detected) || "en".equals(detected)) {
            return detected;
        }
        return conversationLanguage != null ? conversationLanguage : DEFAULT;
    }
}
