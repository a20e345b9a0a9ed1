package com.shopmate.events.shop;

/** A text the shop keeps in both languages; either may be absent when the shop has only one. */
public record LocalizedText(String zh, String en) {

    /** The text in {@code language} ({@code zh} or {@code en}), else the other one. */
    public String in(String language) {
        String preferred = "en".equals(language) ? en : zh;
        return preferred != null ? preferred : ("en".equals(language) ? zh : en);
    }
}
