package com.shopmate.text.trainingdata;

import java.util.List;
import java.util.Map;

/**
 * A lookup table: known values of one entity type (colours, brands, carriers) by language.
 *
 * @param values language → values, languages in {@link Languages#SUPPORTED} order
 */
public record Lookup(String name, Map<String, List<String>> values) {

    public Lookup {
        values = LanguageMaps.copyOf(values);
    }

    public List<String> values(String language) {
        return values.getOrDefault(language, List.of());
    }
}
