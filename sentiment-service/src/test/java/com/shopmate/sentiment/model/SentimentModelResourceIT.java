package com.shopmate.sentiment.model;

import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.SentimentScored;
import com.shopmate.events.Topics;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.sentiment.scoring.CurrentScorer;
import com.shopmate.sentiment.scoring.TinySentimentModel;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.sentiment.SentimentClassifierConfig;
import com.shopmate.text.sentiment.SentimentModelStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code POST /admin/sentiment/model/reload} on the running service: its answers, and what the next utterance gets.
 * The service shares one start with the other test classes (a second start in one JVM cannot load the tokenizer's
 * native library again), so each test leaves it serving the built-in pack's model, as it found it.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
class SentimentModelResourceIT {

    // The test profile's shopmate.sentiment.model-dir.
    static final Path MODELS = Path.of("target", "test-sentiment-models").toAbsolutePath();
    private static final String RELOAD = "/admin/sentiment/model/reload";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static KafkaTestClient kafka;

    @Inject
    CurrentScorer scorers;

    @Inject
    ReloadableScorer reloadable;

    private static TextClassifier builtInPack;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @BeforeEach
    void startEmpty() throws IOException {
        emptyTheModelFolder();
    }

    @AfterEach
    void serveTheBuiltInPackAgain() throws IOException {
        emptyTheModelFolder();
        new SentimentModelStore(MODELS).save(builtInPack());
        reloadable.reload();
        emptyTheModelFolder();
    }

    /** Trained as the service trained it at start: the very same model and version. */
    private static synchronized TextClassifier builtInPack() {
        if (builtInPack == null) {
            builtInPack = TextClassifier.train(BuiltInPack.pack().tones(), SentimentClassifierConfig.defaults());
        }
        return builtInPack;
    }

    private static void emptyTheModelFolder() throws IOException {
        if (Files.exists(MODELS)) {
            try (Stream<Path> paths = Files.walk(MODELS)) {
                paths.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(MODELS)).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void withNoSavedModelTheServiceServesTheBuiltInPack() {
        assertEquals("trained-" + builtInPack().version() + "+lexicon-baseline-1", scorers.current().modelVersion());
    }

    @Test
    void withNoSavedModelReloadIs404AndSaysWhatToDo() {
        String serving = scorers.current().modelVersion();

        given().when().post(RELOAD).then().statusCode(404).contentType("application/json")
                .body("error", is("no_model"))
                .body("message", containsString("./shopmate train sentiment"))
                .body("message", containsString(serving));
    }

    @Test
    void aNewlySavedModelScoresTheNextUtterance() {
        new SentimentModelStore(MODELS).save(TinySentimentModel.classifier());
        String expected = "trained-" + TinySentimentModel.classifier().version() + "+lexicon-baseline-1";

        given().when().post(RELOAD).then().statusCode(200).body("modelVersion", is(expected));

        String conversation = "reload-" + UUID.randomUUID();
        kafka.send(Topics.UTTERANCES, conversation, EventCodec.encode(EventEnvelope.of(
                new UtteranceReceived("m-" + UUID.randomUUID(), "太失望了", null, null), conversation, "demo-shop",
                Channel.APP, null)));
        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.SENTIMENTS,
                r -> conversation.equals(r.key()), TIMEOUT);
        assertEquals(expected, EventCodec.decode(record.value(), SentimentScored.class).payload().modelVersion());
    }

    @Test
    void aDamagedModelIs500AndTheModelBeforeKeepsServing() throws IOException {
        String serving = scorers.current().modelVersion();
        Path saved = new SentimentModelStore(MODELS).save(TinySentimentModel.classifier());
        Files.writeString(saved.resolve("model.json"), "{");

        given().when().post(RELOAD).then().statusCode(500).contentType("application/json")
                .body("error", is("reload_failed"))
                .body("message", containsString("the previous model keeps serving, version " + serving));
        assertEquals(serving, scorers.current().modelVersion());
    }

    @Test
    void reloadIsAPost() {
        given().when().get(RELOAD).then().statusCode(405).contentType("application/json")
                .body("error", is("method_not_allowed"));
    }
}
