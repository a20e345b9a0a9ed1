package com.shopmate.text.entities;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The training data's synonyms as a lookup: what a shopper wrote (黑的, 顺丰速运, SF Express) → the value the rest of
 * Shopmate uses (black, SF). Aliases compare by their tokens, so case, width and spacing between English words do
 * not matter (ＳＦ  express is SF Express).
 */
public final class SynonymMap {

    private final Map<String, String> written;
    private final Map<String, String> valueByKey = new HashMap<>();

    /** @param valueByAlias alias → value, as written in the training data; the first of two equal aliases wins */
    public SynonymMap(Map<String, String> valueByAlias) {
        this.written = Collections.unmodifiableMap(new LinkedHashMap<>(valueByAlias));
        valueByAlias.forEach((alias, value) -> valueByKey.putIfAbsent(key(alias), value));
    }

    public static SynonymMap empty() {
        return new SynonymMap(Map.of());
    }

    /** The value {@code text} stands for, if it is an alias. */
    public Optional<String> valueOf(String text) {
        return Optional.ofNullable(valueByKey.get(key(text)));
    }

    /** The value {@code text} stands for, or {@code orElse}. */
    public String normalise(String text, String orElse) {
        return valueOf(text).orElse(orElse);
    }

    /** Alias → value as the training data wrote them, for saving. */
    public Map<String, String> asWritten() {
        return written;
    }

    private static String key(String text) {
        StringBuilder key = new StringBuilder();
        for (TokenizedText.Token token : TokenizedText.of(text).tokens()) {
            key.append(token.key()).append(' ');
        }
        return key.toString();
    }
}
