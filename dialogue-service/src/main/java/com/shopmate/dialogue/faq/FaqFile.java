package com.shopmate.dialogue.faq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a shop's FAQ: JSON Lines of {@code {id, question_zh, question_en, answer_zh, answer_en, tags}}. Operators
 * edit this file by hand, so a mistake is reported with its line, and nothing of a broken file is used.
 */
final class FaqFile {

    /** The demo shop's FAQ, served when the operator names no file of their own. */
    static final String BUNDLED = "shop/faq.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private FaqFile() {
    }

    static List<FaqEntry> read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the FAQ file " + file, e);
        }
    }

    static List<FaqEntry> bundled() {
        InputStream in = FaqFile.class.getClassLoader().getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("the bundled FAQ is missing: " + BUNDLED);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader, BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled FAQ " + BUNDLED, e);
        }
    }

    static List<FaqEntry> parse(BufferedReader reader, String source) throws IOException {
        List<FaqEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            FaqEntry entry = entry(line, source, lineNumber);
            if (!ids.add(entry.id())) {
                throw new IllegalArgumentException(source + " line " + lineNumber + ": id '" + entry.id()
                        + "' is used twice");
            }
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(source + " holds no FAQ entries");
        }
        return List.copyOf(entries);
    }

    private static FaqEntry entry(String line, String source, int lineNumber) {
        try {
            return JSON.readValue(line, FaqEntry.class);
        } catch (ValueInstantiationException e) {
            // The record's own check (a missing or blank field): its message says which field.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException(source + " line " + lineNumber + ": " + cause.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + " line " + lineNumber + ": not a JSON object ("
                    + e.getOriginalMessage() + ")", e);
        }
    }
}
