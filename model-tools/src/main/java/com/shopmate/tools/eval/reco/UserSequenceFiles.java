package com.shopmate.tools.eval.reco;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines of {@code {"user": ..., "items": [...]}} (sequences in time order, or candidates); other fields
 * are ignored, blank lines skipped. A line that is not such an object is refused naming the file and line.
 */
final class UserSequenceFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UserSequenceFiles() {
    }

    static List<UserSequence> read(Path file) {
        List<UserSequence> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    rows.add(parse(line, file + ":" + number));
                }
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + " has no rows");
        }
        return rows;
    }

    private static UserSequence parse(String line, String where) {
        JsonNode row;
        try {
            row = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage());
        }
        JsonNode user = row == null ? null : row.get("user");
        JsonNode items = row == null ? null : row.get("items");
        if (user == null || !user.isValueNode() || user.isNull() || items == null || !items.isArray()) {
            throw new IllegalArgumentException(where + ": needs a \"user\" (string or number) and an \"items\" array");
        }
        List<String> ids = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            if (!item.isTextual() && !item.isNumber()) {
                throw new IllegalArgumentException(where + ": an item id must be a string or a number, got " + item);
            }
            ids.add(item.asText());
        }
        return new UserSequence(user, ids);
    }
}
