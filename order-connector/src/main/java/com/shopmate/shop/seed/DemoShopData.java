package com.shopmate.shop.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo shop's files (copied from {@code ../shared/demo-shop} into {@code demo-shop/}) with its date-shift rule:
 * every timestamp moves by {@code now - reference date} (manifest.json), so "delivered 3 days ago" stays true.
 * Identifiers are not shifted.
 */
public final class DemoShopData {

    static final String FOLDER = "demo-shop/";

    private final ObjectMapper json;
    private final Duration shift;
    private final String currency;

    private DemoShopData(ObjectMapper json, Duration shift, String currency) {
        this.json = json;
        this.shift = shift;
        this.currency = currency;
    }

    /** The data as of {@code now}. */
    public static DemoShopData shiftedTo(Instant now, ObjectMapper json) {
        JsonNode manifest = read(json, "manifest.json");
        Instant reference = OffsetDateTime.parse(manifest.path("reference_date").asText()).toInstant();
        return new DemoShopData(json, Duration.between(reference, now), manifest.path("currency").asText());
    }

    /** The currency of every amount in the data (manifest.json). */
    public String currency() {
        return currency;
    }

    public Duration shift() {
        return shift;
    }

    public List<JsonNode> rows(String file) {
        List<JsonNode> rows = new ArrayList<>();
        try (InputStream in = resource(file);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    rows.add(json.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + file, e);
        }
        return rows;
    }

    /** A timestamp field of a row, shifted; null when the row has none. */
    public OffsetDateTime time(JsonNode row, String field) {
        JsonNode value = row.path(field);
        return value.isTextual() ? shifted(value.asText()) : null;
    }

    OffsetDateTime shifted(String timestamp) {
        OffsetDateTime original = OffsetDateTime.parse(timestamp);
        return original.plus(shift);
    }

    private static JsonNode read(ObjectMapper json, String file) {
        try (InputStream in = resource(file)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + file, e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("no " + FOLDER + file + " on the class path");
        }
        return in;
    }
}
