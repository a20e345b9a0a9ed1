package com.shopmate.sentiment.model;

import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ModelActivated;
import com.shopmate.events.SentimentScored;
import com.shopmate.events.Topics;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.kit.model.ModelFolder;
import com.shopmate.sentiment.scoring.CurrentScorer;
import com.shopmate.sentiment.scoring.TinySentimentModel;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.sentiment.SentimentClassifierConfig;
import com.shopmate.text.sentiment.SentimentModelStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /admin/sentiment/model} on the running service, with real Kafka: the admin token, activation (and what the
 * next utterance gets), the {@code ModelActivated} announcement, an announcement made by another replica, and the
 * refusals. The service shares one start with the other test classes (a second start in one JVM cannot load the
 * tokenizer's native library again), so each test leaves it serving the built-in pack's model, as it found it.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
class SentimentModelAdminIT {

    // The test profile's shopmate.sentiment.model-dir and shopmate.admin.token.
    static final Path MODELS = Path.of("target", "test-sentiment-models").toAbsolutePath();
    private static final String TOKEN = "test-admin-token-sentiment";
    private static final String ADMIN = "/admin/sentiment/model";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static KafkaTestClient kafka;
    private static TextClassifier builtInPack;

    @Inject
    CurrentScorer scorers;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @BeforeEach
    void listeningAndEmpty() throws IOException {
        // Ready includes the model-activations listener: from then on this replica misses no announcement.
        await().atMost(TIMEOUT).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", is("UP")));
        emptyTheModelFolder();
    }

    @AfterEach
    void serveTheBuiltInPackAgain() throws IOException {
        String builtIn = label(builtInPack());
        if (!scorers.current().modelVersion().equals(builtIn)) {
            // Through the API: an announcement of a test's activation heard late must not undo this one.
            admin().body(Map.of("version", save(builtInPack()))).post(ADMIN + "/activate").then().statusCode(200);
            assertEquals(builtIn, scorers.current().modelVersion());
        }
        emptyTheModelFolder();
    }

    @Test
    void withNoSavedModelTheServiceServesTheBuiltInPack() {
        assertEquals(label(builtInPack()), scorers.current().modelVersion());
    }

    @Test
    void anAdminCallWithoutTheTokenIs401AndChangesNothing() {
        String version = save(TinySentimentModel.classifier());
        String serving = scorers.current().modelVersion();

        for (RequestSpecification request : List.of(given(), given().auth().oauth2("not-the-token"))) {
            request.contentType("application/json").body(Map.of("version", version))
                    .when().post(ADMIN + "/activate")
                    .then().statusCode(401).contentType("application/json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("error", is("unauthorized"));
        }
        given().when().post(ADMIN + "/reload").then().statusCode(401).body("error", is("unauthorized"));
        given().when().get(ADMIN).then().statusCode(401).body("error", is("unauthorized"));
        assertEquals(serving, scorers.current().modelVersion());
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void activatingServesTheVersionAndAnnouncesItToEveryReplica() {
        TextClassifier model = tiny(7);
        String version = save(model);

        admin().body(Map.of("version", version)).when().post(ADMIN + "/activate")
                .then().statusCode(200).contentType("application/json")
                .body("kind", is("sentiment"))
                .body("activeVersion", is(version))
                .body("servingVersion", is(version))
                .body("modelVersion", is(label(model)))
                .body("source", is("active"));

        ModelActivated announced = EventCodec.decodeModelActivated(kafka.awaitRecord(Topics.MODEL_ACTIVATIONS,
                r -> "sentiment".equals(r.key()) && r.value().contains(version), TIMEOUT).value());
        assertEquals(version, announced.version());
        assertTrue(announced.requestedBy().startsWith("sentiment-service@"), announced.requestedBy());
        assertEquals(label(model), scoredModelVersion("太失望了"));
    }

    @Test
    void anActivationAnnouncedByAnotherReplicaIsSwappedInHere() {
        String before = save(TinySentimentModel.classifier());
        TextClassifier next = tiny(8);
        String after = save(next);
        admin().body(Map.of("version", before)).post(ADMIN + "/activate").then().statusCode(200);

        // What the other replica does: the pointer, then the announcement.
        new ModelFolder(MODELS).activate(after);
        kafka.send(Topics.MODEL_ACTIVATIONS, "sentiment",
                EventCodec.encode(ModelActivated.now("sentiment", after, "sentiment-service@another-host/7")));

        await().atMost(TIMEOUT).until(() -> scorers.current().modelVersion().equals(label(next)));
        admin().get(ADMIN).then().statusCode(200)
                .body("servingVersion", is(after))
                .body("activeVersion", is(after));
    }

    @Test
    void anOlderVersionCanBeActivatedAgain() {
        String older = save(TinySentimentModel.classifier());
        String newer = save(tiny(9));
        admin().body(Map.of("version", newer)).post(ADMIN + "/activate").then().statusCode(200);

        admin().body(Map.of("version", older)).post(ADMIN + "/activate").then().statusCode(200)
                .body("servingVersion", is(older));

        assertEquals(label(TinySentimentModel.classifier()), scorers.current().modelVersion());
        admin().get(ADMIN).then().statusCode(200)
                .body("activeVersion", is(older))
                .body("versions", hasItems(older, newer));
    }

    @Test
    void anUnknownVersionIs404AndTheModelStays() {
        String serving = scorers.current().modelVersion();

        admin().body(Map.of("version", "no-such-version")).post(ADMIN + "/activate")
                .then().statusCode(404).contentType("application/json")
                .body("error", is("unknown_version"))
                .body("message", containsString("no-such-version"));
        assertEquals(serving, scorers.current().modelVersion());
    }

    @Test
    void withNoSavedModelReloadIs404AndSaysWhatToDo() {
        String serving = scorers.current().modelVersion();

        admin().post(ADMIN + "/reload").then().statusCode(404).contentType("application/json")
                .body("error", is("no_model"))
                .body("message", containsString("./shopmate help"))
                .body("message", containsString(serving));
    }

    @Test
    void aDamagedModelIs409AndTheModelBeforeKeepsServing() throws IOException {
        String serving = scorers.current().modelVersion();
        Path saved = new SentimentModelStore(MODELS).save(TinySentimentModel.classifier());
        Files.writeString(saved.resolve("model.json"), "{");

        admin().body(Map.of("version", saved.getFileName().toString())).post(ADMIN + "/activate")
                .then().statusCode(409).contentType("application/json")
                .body("error", is("incompatible_version"))
                .body("message", containsString("still serving " + serving));
        assertEquals(serving, scorers.current().modelVersion());
    }

    @Test
    void reloadIsAPost() {
        admin().when().get(ADMIN + "/reload").then().statusCode(405).contentType("application/json")
                .body("error", is("method_not_allowed"));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TOKEN).contentType("application/json");
    }

    private String scoredModelVersion(String text) {
        String conversation = "admin-" + UUID.randomUUID();
        kafka.send(Topics.UTTERANCES, conversation, EventCodec.encode(EventEnvelope.of(
                new UtteranceReceived("m-" + UUID.randomUUID(), text, null, null), conversation, "demo-shop",
                Channel.APP, null)));
        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.SENTIMENTS,
                r -> conversation.equals(r.key()), TIMEOUT);
        return EventCodec.decode(record.value(), SentimentScored.class).payload().modelVersion();
    }

    /** The tiny model trained with another seed: another version, used by one test only. */
    private static TextClassifier tiny(long seed) {
        TextClassifierConfig config = SentimentClassifierConfig.defaults();
        return TextClassifier.train(TinySentimentModel.examples(), config.withSoftmax(config.softmax().withSeed(seed)));
    }

    private static String save(TextClassifier model) {
        return new SentimentModelStore(MODELS).save(model).getFileName().toString();
    }

    private static String label(TextClassifier model) {
        return "trained-" + model.version() + "+lexicon-baseline-1";
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
}
