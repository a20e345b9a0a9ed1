package com.shopmate.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The training texts of the intent data sets ({@code ../shared/datasets}): what people ask assistants and banks in
 * English, what they ask a Chinese assistant, what they ask a shop's service. Only the training split: the bench
 * must not make anyone look at evaluation data.
 */
public final class DatasetTexts {

    /** The data sets read, where they exist; each has a {@code train.jsonl} of {@code {"text", "label"}}. */
    static final List<String> DATA_SETS = List.of("clinc150", "banking77", "bitext_customer_support",
            "smp2017_ecdt_intent");
    /** Labels left out: CLINC150's "yes" would confirm a pending cancellation (see {@link PackExamples}). */
    static final Set<String> LEFT_OUT_LABELS = Set.of("yes");
    /** Longer texts are reviews, not chat messages. */
    static final int MAX_LENGTH = 300;

    private static final ObjectMapper JSON = new ObjectMapper();

    private DatasetTexts() {
    }

    /** The texts of every data set of {@link #DATA_SETS} found under {@code root}; none when it does not exist. */
    public static List<ShopperText> read(Path root) {
        List<ShopperText> texts = new ArrayList<>();
        for (String dataSet : DATA_SETS) {
            Path train = root.resolve(dataSet).resolve("train.jsonl");
            if (Files.isRegularFile(train)) {
                readFile(train, texts);
            }
        }
        return texts;
    }

    private static void readFile(Path file, List<ShopperText> texts) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                String text = row.path("text").asText("").strip();
                if (!text.isEmpty() && text.length() <= MAX_LENGTH
                        && !LEFT_OUT_LABELS.contains(row.path("label").asText())) {
                    texts.add(new ShopperText(text, false));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
