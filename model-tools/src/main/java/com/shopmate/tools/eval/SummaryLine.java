package com.shopmate.tools.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one-line JSON an eval command prints last, for scripts to parse: keys in the order put, numbers rounded,
 * undefined figures (NaN, or not applicable) as null.
 */
public final class SummaryLine {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Object> fields = new LinkedHashMap<>();

    public SummaryLine put(String key, Double value, int decimals) {
        fields.put(key, value == null || value.isNaN() || value.isInfinite() ? null
                : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN));
        return this;
    }

    public SummaryLine put(String key, long value) {
        fields.put(key, value);
        return this;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
