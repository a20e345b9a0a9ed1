package com.shopmate.text.script;

/** Whether text is written in Chinese characters: what routes a text to the Chinese models. */
public final class HanScript {

    private HanScript() {
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    public static boolean containsHan(String text) {
        return text.codePoints().anyMatch(HanScript::isHan);
    }
}
