package com.shopmate.nlu.model;

import com.shopmate.nlu.intent.IntentPrediction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in pack, trained as nlu-service does at start, understands typical shoppers in zh, en and mixed. The
 * sentences below are not in the pack: they check that the model generalises, not that it remembers.
 */
class TrainedIntentClassifierTest {

    private static TrainedIntentClassifier classifier;

    @BeforeAll
    static void trainTheBuiltInPack() {
        classifier = new TrainedIntentClassifier(ModelSettings.models(Path.of("target", "no-models-here")),
                ModelSettings.intents());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "你好啊，在不在, greet",
            "我的快递到哪里了，单号SF1234567890123, logistics_tracking",
            "这双鞋我不想要了，想退掉, return_request",
            "帮我找个真人客服, human_agent_request",
            "hello there, greet",
            "I want to return these shoes, return_request",
            "when will my refund arrive, refund_status",
            "我的order到底发货没有, order_status",
            "我的refund怎么还没到账, refund_status",
    })
    void understandsTypicalShoppers(String text, String expected) {
        IntentPrediction prediction = classifier.classify(text, null);
        assertEquals(expected, prediction.intent(), () -> text + " -> " + prediction);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"明天北京天气怎么样", "who won the football world cup in 1998"})
    void saysOutOfScopeForWhatAShopCannotAnswer(String text) {
        assertEquals("out_of_scope", classifier.classify(text, null).intent());
    }

    @org.junit.jupiter.api.Test
    void trainsTheSameModelsAsTheTrainCommandDoesFromTheDirectory() {
        var data = com.shopmate.text.trainingdata.TrainingDataLoader.load(Path.of("src/main/resources/nlu/training"));
        var intents = com.shopmate.text.training.IntentModels.train(data,
                com.shopmate.text.classifier.TextClassifierConfig.defaults());
        var entities = com.shopmate.text.training.IntentModels.trainEntities(data);
        assertEquals("intent-" + intents.version() + "+entities-" + entities.version(), classifier.modelVersion());
        assertEquals(entities.version(), classifier.served().entities().version());
    }

    @org.junit.jupiter.api.Test
    void reportsCalibratedConfidenceTopAlternativesAndTheModelVersion() {
        IntentPrediction prediction = classifier.classify("太感谢了", "zh");
        assertTrue(prediction.confidence() > 0 && prediction.confidence() <= 1);
        assertTrue(prediction.alternatives().size() <= 3 && !prediction.alternatives().isEmpty());
        assertTrue(classifier.modelVersion().startsWith("intent-"), classifier.modelVersion());
    }
}
