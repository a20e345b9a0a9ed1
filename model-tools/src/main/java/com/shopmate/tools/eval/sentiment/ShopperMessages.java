package com.shopmate.tools.eval.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.text.sentiment.SentimentLabels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An evaluation set of shopper messages, JSON Lines {@code {"text", "label", "emotion"}}: the label is the polarity,
 * as in the data sets, and the emotion one of {@link SentimentLabels#EMOTIONS}.
 */
record ShopperMessages(List<Message> messages) {

    record Message(String text, String polarity, String emotion) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static ShopperMessages read(Path file) {
        List<Message> messages = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(lines.get(i));
                String text = row.path("text").asText("");
                String polarity = row.path("label").asText("");
                String emotion = row.path("emotion").asText("");
                if (text.isBlank() || !SentimentLabels.POLARITIES.contains(polarity)
                        || !SentimentLabels.EMOTIONS.contains(emotion)) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": needs a \"text\", a \"label\" of "
                            + SentimentLabels.POLARITIES + " and an \"emotion\" of " + SentimentLabels.EMOTIONS);
                }
                messages.add(new Message(text, polarity, emotion));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new ShopperMessages(messages);
    }
}
