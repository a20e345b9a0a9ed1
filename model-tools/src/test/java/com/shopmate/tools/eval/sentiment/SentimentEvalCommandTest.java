package com.shopmate.tools.eval.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.text.classifier.LabeledText;
import com.shopmate.tools.CommandRun;
import com.shopmate.tools.TestFiles;
import com.shopmate.text.sentiment.TinySentimentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentimentEvalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KEYS = List.of("accuracy", "macro_f1", "train_seconds", "predict_p50_ms",
            "predict_p99_ms", "examples");

    @Test
    void lastLineIsOneJsonObjectOfTheHeadlineFiguresAfterAPerClassTable(@TempDir Path dir) throws Exception {
        Path train = jsonl(dir.resolve("train.jsonl"), TinySentimentSet.english());

        CommandRun result = run("--train", train.toString(), "--carve-test", "0.3");

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

        CommandRun result = run("--train", train.toString(), "--test", test.toString(), "--seed", "7");

        assertEquals(0, result.status(), result.err());
        String[] lines = result.out().strip().split("\n");
        assertEquals(2, JSON.readTree(lines[lines.length - 1]).get("examples").asInt());
    }

    @Test
    void unknownArgumentsAreRefusedWithOneLineAndAPointerToTheHelp() {
        CommandRun result = run("--train", "x.jsonl", "--tset", "y.jsonl");

        assertEquals(2, result.status());
        assertTrue(result.err().startsWith("shopmate sentiment-eval: Unknown options: '--tset'"), result.err());
        assertTrue(result.err().contains("see shopmate sentiment-eval --help"), result.err());
    }

    @Test
    void aMissingTrainFileIsReported(@TempDir Path dir) {
        CommandRun result = run("--train", dir.resolve("nothing.jsonl").toString(), "--carve-test", "0.2");

        assertEquals(1, result.status());
        assertTrue(result.err().contains("nothing.jsonl"), result.err());
    }

    private static CommandRun run(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "sentiment-eval";
        System.arraycopy(args, 0, command, 1, args.length);
        return CommandRun.of(command);
    }

    private static Path jsonl(Path file, List<LabeledText> rows) throws Exception {
        return TestFiles.jsonl(file, rows);
    }
}
