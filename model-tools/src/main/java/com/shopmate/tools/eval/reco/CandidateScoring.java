package com.shopmate.tools.eval.reco;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopmate.reco.model.NextItemModel;
import com.shopmate.reco.model.NextItemSettings;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code reco-eval --candidates}: trains on every sequence whole, then scores each candidates line with that user's
 * sequence as the history (a user split over several lines: the lines in file order; an unknown user: no history,
 * popularity alone) and writes {@code {"user", "scores": {"<item>": score}}}, one line per candidates line.
 */
final class CandidateScoring {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CandidateScoring() {
    }

    /** @return how many lines were written */
    static int run(List<UserSequence> sequences, List<UserSequence> candidates, NextItemSettings settings, Path out,
                   PrintWriter progress) {
        List<List<String>> training = sequences.stream().map(UserSequence::items).toList();
        long start = System.nanoTime();
        NextItemModel model = NextItemModel.train(training, settings);
        progress.printf("trained on %d sequences (%d items) in %.1f s%n", training.size(), model.itemCount(),
                (System.nanoTime() - start) / 1e9);
        progress.flush();
        Map<String, List<String>> histories = historiesByUser(sequences);
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (UserSequence line : candidates) {
                List<String> history = histories.getOrDefault(line.userKey(), List.of());
                double[] scores = model.score(history, line.items());
                writer.write(scoresLine(line, scores));
                writer.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        progress.printf("wrote the scores of %d users to %s%n", candidates.size(), out);
        progress.flush();
        return candidates.size();
    }

    private static String scoresLine(UserSequence line, double[] scores) {
        ObjectNode row = JSON.createObjectNode();
        row.set("user", line.user());
        ObjectNode byItem = row.putObject("scores");
        for (int i = 0; i < scores.length; i++) {
            byItem.put(line.items().get(i), scores[i]);
        }
        try {
            return JSON.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<String>> historiesByUser(List<UserSequence> sequences) {
        Map<String, List<String>> histories = new HashMap<>();
        for (UserSequence sequence : sequences) {
            histories.computeIfAbsent(sequence.userKey(), user -> new ArrayList<>()).addAll(sequence.items());
        }
        return histories;
    }
}
