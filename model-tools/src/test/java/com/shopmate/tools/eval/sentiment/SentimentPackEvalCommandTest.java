package com.shopmate.tools.eval.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.sentiment.SentimentClassifierConfig;
import com.shopmate.text.sentiment.SentimentModelStore;
import com.shopmate.text.sentiment.TinySentimentSet;
import com.shopmate.tools.CommandRun;
import com.shopmate.tools.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentimentPackEvalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void printsPolarityAndEmotionTablesAndLastTheFiguresAsJson(@TempDir Path dir) throws Exception {
        Path test = messages(dir.resolve("held-out.jsonl"));

        String[] lines = run(0, "--pack", pack(dir), "--test", test.toString()).split("\n");

        JsonNode summary = JSON.readTree(lines[lines.length - 1]);
        List<String> keys = new ArrayList<>();
        summary.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("polarity_accuracy", "polarity_macro_f1", "emotion_accuracy", "emotion_macro_f1",
                "examples"), keys);
        assertEquals(3, summary.get("examples").asInt());
        assertTrue(summary.get("emotion_accuracy").isNumber(), summary.toString());
        String printed = String.join("\n", lines);
        assertTrue(printed.contains("Polarity") && printed.contains("Emotion") && printed.contains("satisfaction"),
                printed);
    }

    @Test
    void aSavedModelWithoutTonesHasNoEmotionFigures(@TempDir Path dir) throws Exception {
        Path test = messages(dir.resolve("held-out.jsonl"));
        new SentimentModelStore(dir.resolve("models")).save(
                TextClassifier.train(TinySentimentSet.chinese(), SentimentClassifierConfig.defaults()));

        String[] lines = run(0, "--model", dir.resolve("models").toString(), "--test", test.toString()).split("\n");

        JsonNode summary = JSON.readTree(lines[lines.length - 1]);
        assertTrue(summary.get("emotion_accuracy").isNull(), summary.toString());
        assertTrue(summary.get("polarity_accuracy").isNumber(), summary.toString());
    }

    @Test
    void aRowWithoutAnEmotionIsReported(@TempDir Path dir) throws Exception {
        Path test = Files.writeString(dir.resolve("bad.jsonl"), "{\"text\": \"在吗\", \"label\": \"neutral\"}\n");

        String err = run(1, "--pack", pack(dir), "--test", test.toString());

        assertTrue(err.contains("bad.jsonl:1: needs a \"text\""), err);
    }

    @Test
    void packAndModelTogetherAreRefused(@TempDir Path dir) throws Exception {
        String err = run(2, "--pack", pack(dir), "--model", "models");

        assertTrue(err.contains("not both"), err);
    }

    private static Path messages(Path file) throws Exception {
        return Files.writeString(file, """
                {"text": "我想退掉这个杯子", "label": "neutral", "emotion": "neutral"}
                {"text": "你们这帮骗子！", "label": "negative", "emotion": "anger"}
                {"text": "thanks a lot, great", "label": "positive", "emotion": "satisfaction"}
                """);
    }

    private static String pack(Path dir) throws Exception {
        return TestFiles.tinySentimentPack(dir.resolve("pack")).toString();
    }

    /** stdout when the command succeeds, else stderr. */
    private static String run(int expectedStatus, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "sentiment-pack-eval";
        System.arraycopy(args, 0, command, 1, args.length);
        CommandRun run = CommandRun.of(command);
        assertEquals(expectedStatus, run.status(), run.err());
        return (run.status() == 0 ? run.out() : run.err()).strip();
    }
}
