package com.shopmate.text.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.text.classifier.LabeledText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentimentEvalCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KEYS = List.of("accuracy", "macro_f1", "train_seconds", "predict_p50_ms",
            "predict_p99_ms", "examples");

    @Test
    void lastLineIsOneJsonObjectOfTheHeadlineFiguresAfterAPerClassTable(@TempDir Path dir) throws Exception {
        Path train = jsonl(dir.resolve("train.jsonl"), TinySentimentSet.english());

        Result result = run("--train", train.toString(), "--carve-test", "0.3");

        assertEquals(0, result.status(), result.err());
        String[] lines = result.out().strip().split("\n");
        JsonNode summary = JSON.readTree(lines[lines.length - 1]);
        List<String> keys = new ArrayList<>();
        summary.fieldNames().forEachRemaining(keys::add);
        assertEquals(KEYS, keys);
        // 30% of 7 rows per class, rounded: 2 each.
        assertEquals(6, summary.get("examples").asInt());
        assertTrue(result.out().contains("Per class (test)"), result.out());
        assertTrue(result.out().contains("neutral"), result.out());
    }

    @Test
    void aGivenTestFileIsPredictedRowByRow(@TempDir Path dir) throws Exception {
        Path train = jsonl(dir.resolve("train.jsonl"), TinySentimentSet.chinese());
        Path test = jsonl(dir.resolve("test.jsonl"), List.of(new LabeledText("谢谢，很满意", "positive"),
                new LabeledText("气死我了，还没发货！", "negative")));

        Result result = run("--train", train.toString(), "--test", test.toString(), "--seed", "7");

        assertEquals(0, result.status(), result.err());
        String[] lines = result.out().strip().split("\n");
        assertEquals(2, JSON.readTree(lines[lines.length - 1]).get("examples").asInt());
    }

    @Test
    void unknownArgumentsAreRefusedWithTheUsage() {
        Result result = run("--train", "x.jsonl", "--tset", "y.jsonl");

        assertEquals(2, result.status());
        assertTrue(result.err().contains("unknown argument '--tset'"), result.err());
        assertTrue(result.err().contains("Usage: ./shopmate sentiment-eval"), result.err());
    }

    @Test
    void aMissingTrainFileIsReported(@TempDir Path dir) {
        Result result = run("--train", dir.resolve("nothing.jsonl").toString(), "--carve-test", "0.2");

        assertEquals(1, result.status());
        assertTrue(result.err().contains("nothing.jsonl"), result.err());
    }

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SentimentEvalCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path jsonl(Path file, List<LabeledText> rows) throws Exception {
        List<String> lines = new ArrayList<>();
        for (LabeledText row : rows) {
            lines.add(JSON.writeValueAsString(Map.of("text", row.text(), "label", row.label())));
        }
        Files.createDirectories(file.getParent());
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
