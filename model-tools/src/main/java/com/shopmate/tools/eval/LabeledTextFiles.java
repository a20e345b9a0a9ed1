package com.shopmate.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.text.classifier.LabeledText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON Lines of {@code {"text": ..., "label": ...}} as in ../shared/datasets; other fields are ignored. */
public final class LabeledTextFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabeledTextFiles() {
    }

    public static List<LabeledText> readJsonl(Path file) {
        List<LabeledText> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                JsonNode text = row.get("text");
                JsonNode label = row.get("label");
                if (text == null || !text.isTextual() || label == null || label.isNull()) {
                    throw new IllegalArgumentException(file + ":" + number
                            + ": needs a string \"text\" and a \"label\"");
                }
                rows.add(new LabeledText(text.asText(), label.asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + " has no rows");
        }
        return rows;
    }
}
