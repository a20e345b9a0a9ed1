package com.shopmate.text.sentiment;

import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.Language;
import com.shopmate.text.classifier.TextClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentimentTrainCliTest {

    @Test
    void writesAVersionThatTheStoreLoadsAsTheNewest(@TempDir Path dir) throws Exception {
        Path data = datasets(dir.resolve("datasets"));
        Path out = dir.resolve("models");

        Path version = Path.of(run(0, "--data", data.toString(), "--out", out.toString()).strip());

        assertEquals(out, version.getParent());
        assertTrue(Files.isRegularFile(version.resolve("model.json")));
        TextClassifier loaded = new SentimentModelStore(out).loadNewest().orElseThrow();
        assertEquals(version.getFileName().toString(), loaded.version());
        assertEquals(List.of("negative", "positive"), loaded.modelFor("很好").labels());
        assertEquals(List.of("negative", "neutral", "positive"), loaded.modelFor("fine").labels());
    }

    @Test
    void theSameDataAndSeedGiveTheSameVersion(@TempDir Path dir) throws Exception {
        Path data = datasets(dir.resolve("datasets"));
        String[] args = {"--data", data.toString(), "--out", dir.resolve("models").toString(), "--seed", "3"};

        String first = run(0, args);
        String again = run(0, args);

        assertEquals(first, again);
    }

    @Test
    void aMissingDataSetIsReported(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SentimentTrainCli.run(new String[] {"--data", dir.toString(), "--out", dir.resolve("m").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(1, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("online_shopping_10_cats"), err.toString());
    }

    /** The three data-set folders, the tiny set split between them as the real ones split the languages. */
    static Path datasets(Path root) throws Exception {
        List<LabeledText> chinese = TinySentimentSet.chinese();
        List<LabeledText> shopping = new ArrayList<>();
        List<LabeledText> delivery = new ArrayList<>();
        for (int i = 0; i < chinese.size(); i++) {
            (i % 3 == 0 ? delivery : shopping).add(chinese.get(i));
        }
        SentimentEvalCliTest.jsonl(root.resolve("online_shopping_10_cats/train.jsonl"), shopping);
        SentimentEvalCliTest.jsonl(root.resolve("waimai_10k/train.jsonl"), delivery);
        SentimentEvalCliTest.jsonl(root.resolve("twitter_airline_sentiment/train.jsonl"), TinySentimentSet.english());
        return root;
    }

    private static String run(int expectedStatus, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SentimentTrainCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(expectedStatus, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
