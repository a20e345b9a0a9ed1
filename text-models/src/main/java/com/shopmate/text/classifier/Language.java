package com.shopmate.text.classifier;

import com.shopmate.text.script.HanScript;

/**
 * The languages a classifier keeps a sub-model for. Routing is by script, not by a language-id model: any Han
 * character makes a text Chinese, so "我的order什么时候到" goes to the Chinese model, whose encoder and character
 * n-grams also cover the embedded English word.
 */
public enum Language {
    ENGLISH("en"),
    CHINESE("zh");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Language of(String text) {
        return HanScript.containsHan(text) ? CHINESE : ENGLISH;
    }

    public static Language byCode(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language code '" + code + "'");
    }
}
