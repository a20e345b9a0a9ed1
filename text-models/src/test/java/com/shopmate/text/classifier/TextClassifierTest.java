package com.shopmate.text.classifier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextClassifierTest {

    private static TextClassifier classifier;

    @BeforeAll
    static void train() {
        classifier = TextClassifier.train(TinyShopSet.examples(), TextClassifierConfig.defaults());
    }

    @Test
    void tinyChineseAndEnglishSetIsClassifiedRight() {
        assertEquals("order_status", top("where's my package right now"));
        assertEquals("order_status", top("我的包裹到哪里了"));
        assertEquals("return_request", top("I'd like to return this jacket"));
        assertEquals("return_request", top("这双鞋我要退"));
        assertEquals("greet", top("hi!"));
        assertEquals("greet", top("你好啊"));
        assertEquals("human_agent_request", top("please put me through to a person"));
        assertEquals("human_agent_request", top("给我转人工客服"));
    }

    @Test
    void codeSwitchedChineseWithEnglishWordsIsClassifiedRight() {
        assertEquals("order_status", top("我的order什么时候到"));
        assertEquals("return_request", top("这个jacket我想return"));
    }

    @Test
    void predictionRanksEveryLabelOfTheLanguageBestFirst() {
        List<LabelScore> ranked = classifier.predict("where is my order");

        assertEquals(4, ranked.size());
        for (int i = 1; i < ranked.size(); i++) {
            assertTrue(ranked.get(i - 1).probability() >= ranked.get(i).probability());
        }
        assertEquals(1.0, ranked.stream().mapToDouble(LabelScore::probability).sum(), 1e-4);
    }

    @Test
    void textsWithHanCharactersGoToTheChineseModel() {
        assertEquals(Language.CHINESE, classifier.modelFor("我的order什么时候到").language());
        assertEquals(Language.ENGLISH, classifier.modelFor("where is my order").language());
    }

    @Test
    void aSingleLanguageModelServesEveryText() {
        List<LabeledText> english = TinyShopSet.examples().stream()
                .filter(e -> Language.of(e.text()) == Language.ENGLISH).toList();
        TextClassifier englishOnly = TextClassifier.train(english, TextClassifierConfig.defaults());

        assertEquals(Language.ENGLISH, englishOnly.modelFor("我要退货").language());
        assertEquals(4, englishOnly.predict("我要退货").size());
    }

    @Test
    void aHandfulOfExamplesInAnotherLanguageJoinTheLargestModel() {
        List<LabeledText> mostlyChinese = new ArrayList<>(TinyShopSet.examples().stream()
                .filter(e -> Language.of(e.text()) == Language.CHINESE).toList());
        mostlyChinese.add(new LabeledText("hello", "greet"));
        mostlyChinese.add(new LabeledText("track my parcel", "order_status"));
        TextClassifier classifier = TextClassifier.train(mostlyChinese, TextClassifierConfig.defaults());

        assertEquals(1, classifier.languageModels().size());
        assertEquals(Language.CHINESE, classifier.modelFor("hello").language());
        assertEquals(mostlyChinese.size(), classifier.modelFor("hello").trainingExamples());
    }

    @Test
    void trainingTwiceWithTheSameSeedGivesTheSameModel() {
        TextClassifier again = TextClassifier.train(TinyShopSet.examples(), TextClassifierConfig.defaults());

        assertEquals(classifier.version(), again.version());
        for (String text : List.of("where is my order", "我的order什么时候到", "转人工")) {
            assertEquals(classifier.predict(text), again.predict(text));
        }
    }

    @Test
    void savedAndLoadedModelPredictsTheSame(@TempDir Path dir) {
        Path artifact = dir.resolve("intents-v1");
        classifier.save(artifact);
        TextClassifier loaded = TextClassifier.load(artifact);

        assertTrue(Files.exists(artifact.resolve(ModelArtifact.METADATA_FILE)));
        assertEquals(classifier.version(), loaded.version());
        assertEquals(classifier.labels(), loaded.labels());
        for (String text : List.of("hello", "我的order什么时候到", "can i return an item", "人工服务")) {
            assertEquals(classifier.predict(text), loaded.predict(text));
        }
    }

    @Test
    void anArtifactIsWrittenOnceNeverOverwritten(@TempDir Path dir) {
        Path artifact = dir.resolve("m");
        classifier.save(artifact);

        assertThrows(IllegalArgumentException.class, () -> classifier.save(artifact));
    }

    @Test
    void aDamagedArtifactIsRefused(@TempDir Path dir) throws Exception {
        Path artifact = dir.resolve("m");
        classifier.save(artifact);
        Path weights = artifact.resolve("weights-en.bin");
        byte[] bytes = Files.readAllBytes(weights);
        bytes[bytes.length - 1] ^= 0x55;
        Files.write(weights, bytes);

        assertThrows(IllegalStateException.class, () -> TextClassifier.load(artifact));
    }

    @Test
    void aTemperatureSoftensConfidencesButKeepsTheRankingAndIsSavedWithTheModel(@TempDir Path dir) {
        TextClassifier calibrated = classifier.withTemperatures(Map.of(Language.ENGLISH, 2.5));
        Path artifact = dir.resolve("calibrated");
        calibrated.save(artifact);
        TextClassifier loaded = TextClassifier.load(artifact);

        List<LabelScore> before = classifier.predict("where is my order");
        List<LabelScore> after = calibrated.predict("where is my order");
        assertEquals(before.stream().map(LabelScore::label).toList(), after.stream().map(LabelScore::label).toList());
        assertTrue(after.get(0).probability() < before.get(0).probability());
        assertEquals(classifier.predict("我要退货"), calibrated.predict("我要退货"), "zh kept its temperature of 1");
        assertNotEquals(classifier.version(), calibrated.version());
        assertEquals(calibrated.version(), loaded.version());
        assertEquals(after, loaded.predict("where is my order"));
    }

    @Test
    void anArtifactSavedBeforeCalibrationExistedLoadsUncalibratedWithItsVersion(@TempDir Path dir) throws Exception {
        Path artifact = dir.resolve("old");
        classifier.save(artifact);
        Path metadata = artifact.resolve(ModelArtifact.METADATA_FILE);
        String json = Files.readString(metadata);
        Files.writeString(metadata, json.replaceAll(",\\s*\"temperature\"\\s*:\\s*1\\.0", ""));

        assertFalse(Files.readString(metadata).contains("temperature"));
        TextClassifier loaded = TextClassifier.load(artifact);
        assertEquals(classifier.version(), loaded.version());
        assertEquals(classifier.predict("hello"), loaded.predict("hello"));
    }

    private static String top(String text) {
        return classifier.predict(text).get(0).label();
    }
}
