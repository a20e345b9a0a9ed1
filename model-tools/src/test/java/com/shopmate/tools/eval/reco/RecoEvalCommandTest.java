package com.shopmate.tools.eval.reco;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.tools.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoEvalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KEYS = List.of("hr_at_10", "ndcg_at_10", "popularity_hr_at_10",
            "popularity_ndcg_at_10", "train_seconds", "peak_rss_mb", "users");

    @TempDir
    Path dir;

    @Test
    void validate_printsOneJsonLineOfEveryFigure_last() throws IOException {
        Path train = sequences(dir.resolve("sequences.jsonl"), 60);

        CommandRun run = CommandRun.of("reco-eval", "--train", train.toString(), "--validate");

        assertEquals(0, run.status(), run.err());
        JsonNode summary = JSON.readTree(run.lastLine());
        List<String> keys = new ArrayList<>();
        summary.fieldNames().forEachRemaining(keys::add);
        assertEquals(KEYS, keys);
        assertEquals(60, summary.get("users").asInt());
        double hitRate = summary.get("hr_at_10").asDouble();
        assertTrue(hitRate >= 0 && hitRate <= 1, run.lastLine());
        assertTrue(run.err().contains("trained on 60 prefixes"), run.err());
    }

    @Test
    void candidates_getOneLinePerCandidatesLine_everyCandidateScored() throws IOException {
        Path train = sequences(dir.resolve("sequences.jsonl"), 20);
        Path candidates = Files.write(dir.resolve("candidates.jsonl"), List.of(
                "{\"user\": 1, \"items\": [3, \"4\", 999]}",
                "{\"user\": \"stranger\", \"items\": [\"5\", \"6\"]}"));
        Path out = dir.resolve("scores.jsonl");

        CommandRun run = CommandRun.of("reco-eval", "--train", train.toString(), "--candidates",
                candidates.toString(), "--out", out.toString());

        assertEquals(0, run.status(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals(1, first.get("user").asInt());
        assertEquals(List.of("3", "4", "999"), fieldNames(first.get("scores")));
        assertTrue(first.get("scores").get("999").asDouble() < first.get("scores").get("4").asDouble(),
                "an item never seen scores lowest");
        assertEquals(List.of("5", "6"), fieldNames(JSON.readTree(lines.get(1)).get("scores")));
    }

    @Test
    void aMalformedLine_isOneLineNamingFileAndLine_statusOne() throws IOException {
        Path train = Files.write(dir.resolve("bad.jsonl"), List.of("{\"user\": 1, \"items\": [1, 2]}", "{oops"));

        CommandRun run = CommandRun.of("reco-eval", "--train", train.toString(), "--validate");

        assertEquals(1, run.status());
        assertTrue(run.err().contains("shopmate reco-eval: " + train + ":2: not JSON"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void aMissingFile_isOneLine_statusOne() {
        CommandRun run = CommandRun.of("reco-eval", "--train", dir.resolve("nope.jsonl").toString(), "--validate");

        assertEquals(1, run.status());
        assertEquals("shopmate reco-eval: " + dir.resolve("nope.jsonl") + ": no such file", run.err().strip());
    }

    @Test
    void validateWithCandidates_isAUsageError() {
        CommandRun run = CommandRun.of("reco-eval", "--train", "x.jsonl", "--validate", "--candidates", "y.jsonl");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("give either --validate or both --candidates FILE and --out FILE"),
                run.err());
    }

    /** Users who each walk a short run of a catalogue of 30 items, so that there is something to learn. */
    private static Path sequences(Path file, int users) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int user = 1; user <= users; user++) {
            List<Integer> items = new ArrayList<>();
            for (int step = 0; step < 4 + user % 3; step++) {
                items.add((user + step) % 30);
            }
            lines.add(JSON.writeValueAsString(Map.of("user", user, "items", items)));
        }
        return Files.write(file, lines);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
