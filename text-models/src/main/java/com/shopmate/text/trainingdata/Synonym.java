package com.shopmate.text.trainingdata;

import java.util.List;
import java.util.Map;

/**
 * Ways shoppers write one normalised entity value: {@code black} ← 黑色, 黑的, dark.
 *
 * @param aliases language → aliases, languages in {@link Languages#SUPPORTED} order
 */
public record Synonym(String value, Map<String, List<String>> aliases) {

    public Synonym {
        aliases = LanguageMaps.copyOf(aliases);
    }

    public List<String> aliases(String language) {
        return aliases.getOrDefault(language, List.of());
    }
}
