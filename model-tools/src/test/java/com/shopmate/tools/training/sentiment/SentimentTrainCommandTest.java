package com.shopmate.tools.training.sentiment;

import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.sentiment.SentimentClassifierConfig;
import com.shopmate.text.sentiment.SentimentModelStore;
import com.shopmate.text.sentiment.SentimentPack;
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

class SentimentTrainCommandTest {

    @Test
    void writesAVersionOfThePackAndTheReviewsThatTheStoreLoadsAsTheNewest(@TempDir Path dir) throws Exception {
        Path data = datasets(dir.resolve("datasets"));
        Path out = dir.resolve("models");

        String[] printed = run(0, "--pack", pack(dir), "--data", data.toString(), "--out", out.toString()).split("\n");

        Path version = Path.of(printed[printed.length - 1]);
        assertEquals(out, version.getParent());
        assertTrue(Files.isRegularFile(version.resolve("model.json")));
        TextClassifier loaded = new SentimentModelStore(out).loadNewest().orElseThrow();
        assertEquals(version.getFileName().toString(), loaded.version());
        assertTrue(printed[0].startsWith("model " + loaded.version() + " trained in "), printed[0]);
        assertTrue(printed[0].contains("zh: pack 23 x1 + reviews 24 of 24"), printed[0]);
        // The reviews' bare polarities beside the pack's tones.
        assertTrue(loaded.modelFor("很好").labels().containsAll(List.of("negative", "positive", "neutral/neutral",
                "negative/anger", "positive/satisfaction")), loaded.modelFor("很好").labels().toString());
        assertTrue(loaded.modelFor("fine").labels().containsAll(List.of("negative", "neutral", "positive",
                "negative/anxiety")), loaded.modelFor("fine").labels().toString());
    }

    @Test
    void thePackAloneIsTheModelTheServiceTrainsAtStart(@TempDir Path dir) throws Exception {
        String pack = pack(dir);
        TextClassifier atStart = TextClassifier.train(SentimentPack.loadDirectory(Path.of(pack)).tones(),
                SentimentClassifierConfig.defaults());

        String[] printed = run(0, "--pack", pack, "--pack-only", "--out", dir.resolve("models").toString())
                .split("\n");

        assertEquals(dir.resolve("models").resolve(atStart.version()).toString(), printed[printed.length - 1]);
    }

    @Test
    void theSameDataAndSeedGiveTheSameVersion(@TempDir Path dir) throws Exception {
        Path data = datasets(dir.resolve("datasets"));
        String[] args = {"--pack", pack(dir), "--data", data.toString(), "--out", dir.resolve("models").toString(),
                "--seed", "3"};

        String first = lastLine(run(0, args));
        String again = lastLine(run(0, args));

        assertEquals(first, again);
    }

    @Test
    void aMissingDataSetIsReported(@TempDir Path dir) throws Exception {
        String err = run(1, "--pack", pack(dir), "--data", dir.toString(), "--out", dir.resolve("m").toString());

        assertTrue(err.contains("online_shopping_10_cats"), err);
    }

    @Test
    void aBrokenPackIsReportedWithItsProblems(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yml"), "version: 1\ntones:\n  - polarity: sad\n    emotion: neutral\n"
                + "    examples:\n      en: [meh]\n");

        String err = run(1, "--pack", dir.toString(), "--pack-only", "--out", dir.resolve("m").toString());

        assertTrue(err.contains("bad.yml: tone 1 (sad/neutral): polarity must be one of"), err);
    }

    @Test
    void dataAndPackOnlyTogetherAreRefused(@TempDir Path dir) {
        String err = run(2, "--pack-only", "--data", dir.toString());

        assertTrue(err.contains("not both"), err);
    }

    /** The three data-set folders, the tiny set split between them as the real ones split the languages. */
    static Path datasets(Path root) throws Exception {
        List<LabeledText> chinese = TinySentimentSet.chinese();
        List<LabeledText> shopping = new ArrayList<>();
        List<LabeledText> delivery = new ArrayList<>();
        for (int i = 0; i < chinese.size(); i++) {
            (i % 3 == 0 ? delivery : shopping).add(chinese.get(i));
        }
        TestFiles.jsonl(root.resolve("online_shopping_10_cats/train.jsonl"), shopping);
        TestFiles.jsonl(root.resolve("waimai_10k/train.jsonl"), delivery);
        TestFiles.jsonl(root.resolve("twitter_airline_sentiment/train.jsonl"), TinySentimentSet.english());
        return root;
    }

    private static String pack(Path dir) throws Exception {
        return TestFiles.tinySentimentPack(dir.resolve("pack")).toString();
    }

    /** stdout when the command succeeds, else stderr. */
    private static String run(int expectedStatus, String... args) {
        String[] command = new String[args.length + 2];
        command[0] = "train";
        command[1] = "sentiment";
        System.arraycopy(args, 0, command, 2, args.length);
        CommandRun run = CommandRun.of(command);
        assertEquals(expectedStatus, run.status(), run.err());
        return (run.status() == 0 ? run.out() : run.err()).strip();
    }

    private static String lastLine(String printed) {
        String[] lines = printed.split("\n");
        return lines[lines.length - 1];
    }
}
