package com.shopmate.nlu.entity.identifier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The tracking-number formats of {@code nlu/entities/carriers.yml}; see that file for what each field means. */
public record CarrierTable(List<Carrier> carriers, int cueWindow, List<String> logisticsCues, List<String> orderCues) {

    public static final String RESOURCE = "nlu/entities/carriers.yml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public CarrierTable {
        if (carriers == null || carriers.isEmpty()) {
            throw new IllegalArgumentException(RESOURCE + ": no carriers");
        }
        if (cueWindow < 1) {
            throw new IllegalArgumentException(RESOURCE + ": cue-window must be positive");
        }
        carriers = List.copyOf(carriers);
        logisticsCues = logisticsCues == null ? List.of() : List.copyOf(logisticsCues);
        orderCues = orderCues == null ? List.of() : List.copyOf(orderCues);
    }

    public record Carrier(String code, String pattern, boolean needsCue) {
        public Carrier {
            if (code == null || pattern == null || pattern.isBlank()) {
                throw new IllegalArgumentException(RESOURCE + ": a carrier needs a code and a pattern");
            }
        }
    }

    public static CarrierTable fromClasspath() {
        try (InputStream in = CarrierTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return YAML.readValue(in, CarrierTable.class);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }
}
