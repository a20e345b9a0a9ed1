package com.shopmate.text.trainingdata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Immutable language → values maps that keep {@link Languages#SUPPORTED} order, so files are written stably. */
final class LanguageMaps {

    private LanguageMaps() {
    }

    static Map<String, List<String>> copyOf(Map<String, List<String>> byLanguage) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String language : Languages.SUPPORTED) {
            List<String> values = byLanguage.get(language);
            if (values != null && !values.isEmpty()) {
                copy.put(language, List.copyOf(values));
            }
        }
        for (String language : byLanguage.keySet()) {
            if (!copy.containsKey(language) && !byLanguage.get(language).isEmpty()) {
                throw new IllegalArgumentException("unsupported language '" + language + "'");
            }
        }
        return Collections.unmodifiableMap(copy);
    }
}
