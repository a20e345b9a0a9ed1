package com.shopmate.tools.eval.nlu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.tools.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NluEvalCommandTest {

    private static final List<String> KEYS = List.of("accuracy", "macro_f1", "in_scope_accuracy", "oos_recall",
            "oos_precision", "train_seconds", "predict_p50_ms", "predict_p99_ms", "examples");

    @Test
    void lastLineIsOneJsonObjectOfTheHeadlineFigures(@TempDir Path dir) throws Exception {
        Path train = jsonl(dir.resolve("train.jsonl"), 10,
                "track_order", "where is my order", "oos", "what is the capital of peru");
        Path test = jsonl(dir.resolve("test.jsonl"), 2,
                "track_order", "where's my order now", "oos", "how tall is mount fuji");
        Path report = dir.resolve("report.html");

        String out = run("--train", train.toString(), "--test", test.toString(), "--report", report.toString());

        String[] lines = out.strip().split("\n");
        JsonNode summary = new ObjectMapper().readTree(lines[lines.length - 1]);
        List<String> keys = new ArrayList<>();
        summary.fieldNames().forEachRemaining(keys::add);
        assertEquals(KEYS, keys);
        assertEquals(4, summary.get("examples").asInt());
        assertTrue(summary.get("oos_recall").isNumber());
        assertTrue(out.contains("Per intent"));
        String html = Files.readString(report);
        assertTrue(html.contains("<svg") && !html.contains("<script"), "a self-contained report with the curve");
    }

    @Test
    void outOfScopeFiguresAreNullWithoutAnOutOfScopeLabel(@TempDir Path dir) throws Exception {
        Path train = jsonl(dir.resolve("train.jsonl"), 10,
                "track_order", "where is my order", "refund", "i want my money back");

        String out = run("--train", train.toString(), "--carve-test", "0.2");

        String[] lines = out.strip().split("\n");
        JsonNode summary = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertTrue(summary.get("oos_recall").isNull());
        assertTrue(summary.get("oos_precision").isNull());
        assertEquals(4, summary.get("examples").asInt());
    }

    @Test
    void unknownArgumentsAreRefusedWithOneLineAndStatusTwo() {
        CommandRun run = CommandRun.of("nlu-eval", "--train", "x.jsonl", "--tset", "y.jsonl");

        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("shopmate nlu-eval: Unknown options: '--tset'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void testAndCarveTestTogetherAreRefused() {
        CommandRun run = CommandRun.of("nlu-eval", "--train", "x.jsonl", "--test", "y.jsonl", "--carve-test", "0.2");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("give exactly one of --test FILE and --carve-test FRACTION"), run.err());
    }

    private static String run(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "nlu-eval";
        System.arraycopy(args, 0, command, 1, args.length);
        CommandRun run = CommandRun.of(command);
        assertEquals(0, run.status(), run.err());
        return run.out();
    }

    /** {@code copies} numbered variants of each (label, text) pair. */
    private static Path jsonl(Path file, int copies, String... labelAndText) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            for (int i = 0; i < labelAndText.length; i += 2) {
                var row = json.createObjectNode().put("text", labelAndText[i + 1] + " " + c)
                        .put("label", labelAndText[i]).put("extra", "ignored");
                lines.add(json.writeValueAsString(row));
            }
        }
        Files.write(file, lines);
        return file;
    }
}
