package com.shopmate.nlu.model;

import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.ModelActivated;
import com.shopmate.events.Topics;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.kit.model.ModelFolder;
import com.shopmate.kit.model.ReloadableModel;
import com.shopmate.nlu.intent.IntentClassifier;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.entities.EntityModel;
import com.shopmate.text.training.IntentModels;
import com.shopmate.text.trainingdata.TrainingData;
import com.shopmate.text.trainingdata.TrainingDataLoader;
import com.shopmate.text.trainingdata.TrainingDataSource;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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
 * {@code /admin/nlu/model} on the running service, with real Kafka: the admin token, activation (and what the next
 * utterance gets), the {@code ModelActivated} announcement, and an announcement made by another replica. The
 * service shares one start with the other test classes, so each test leaves it serving the built-in pack's model.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
class IntentModelAdminIT {

    // The test profile's shopmate.nlu.model.dir and shopmate.admin.token.
    static final Path MODELS = Path.of("target", "test-nlu-models").toAbsolutePath();
    private static final String TOKEN = "test-admin-token-nlu";
    private static final String ADMIN = "/admin/nlu/model";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String SHOP = """
            version: 1
            intents:
              - name: logistics_tracking
                examples:
                  zh: [快递到哪了, 物流怎么不动了, 什么时候送到, 包裹还没到]
                  en: [where is my parcel, tracking shows nothing]
              - name: greet
                examples:
                  zh: [你好, 在吗, 有人吗, 哈喽]
                  en: [hello, hi there]
            lookups:
              carrier: { zh: [%s] }
            """;
    private static final AtomicInteger SAVED = new AtomicInteger();

    private static KafkaTestClient kafka;
    private static TextClassifier intents;
    private static EntityModel knowsSf;
    private static EntityModel knowsSfAndShanSong;
    private static String builtInVersion;
    private static TextClassifier builtInIntents;
    private static EntityModel builtInEntities;

    @Inject
    IntentClassifier classifier;

    @Inject
    ReloadableModel<TrainedIntentModel> model;

    @BeforeAll
    static void connectAndTrain() {
        kafka = new KafkaTestClient();
        intents = IntentModels.train(shop("顺丰"), TextClassifierConfig.defaults());
        knowsSf = IntentModels.trainEntities(shop("顺丰"));
        knowsSfAndShanSong = IntentModels.trainEntities(shop("顺丰, 闪送"));
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
        if (builtInVersion == null) {
            // The pack's intent model as the service trained it at start (training it again takes a while); its
            // entity model trains in a moment, the same again.
            builtInVersion = classifier.modelVersion();
            builtInIntents = model.current().model();
            builtInEntities = IntentModels.trainEntities(
                    TrainingDataLoader.load(Path.of("src/main/resources/nlu/training")));
        }
        emptyTheModelFolder();
    }

    @AfterEach
    void serveTheBuiltInPackAgain() throws IOException {
        if (!classifier.modelVersion().equals(builtInVersion)) {
            // Through the API: an announcement of a test's activation heard late must not undo this one.
            String version = save(builtInIntents, builtInEntities);
            admin().body(Map.of("version", version)).post(ADMIN + "/activate").then().statusCode(200);
            assertEquals(builtInVersion, classifier.modelVersion());
        }
        emptyTheModelFolder();
    }

    @Test
    void anAdminCallWithoutTheTokenIs401AndChangesNothing() {
        String version = save(intents, knowsSfAndShanSong);
        String serving = classifier.modelVersion();

        for (RequestSpecification request : List.of(given(), given().auth().oauth2("not-the-token"),
                given().header("Authorization", "Basic " + TOKEN))) {
            request.contentType("application/json").body(Map.of("version", version))
                    .when().post(ADMIN + "/activate")
                    .then().statusCode(401).contentType("application/json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("error", is("unauthorized"));
        }
        given().when().get(ADMIN).then().statusCode(401).body("error", is("unauthorized"));
        given().when().post(ADMIN + "/reload").then().statusCode(401).body("error", is("unauthorized"));
        // Not a route: the token is checked first all the same, so a stranger learns nothing of what is there.
        given().when().get("/admin/nothing-here").then().statusCode(401);
        assertEquals(serving, classifier.modelVersion());
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void activatingServesTheVersionAndAnnouncesItToEveryReplica() {
        String version = save(intents, knowsSfAndShanSong);
        String expected = label(knowsSfAndShanSong);

        admin().body(Map.of("version", version)).when().post(ADMIN + "/activate")
                .then().statusCode(200).contentType("application/json")
                .body("kind", is("nlu"))
                .body("activeVersion", is(version))
                .body("servingVersion", is(version))
                .body("modelVersion", is(expected))
                .body("source", is("active"));

        ModelActivated announced = EventCodec.decodeModelActivated(kafka.awaitRecord(Topics.MODEL_ACTIVATIONS,
                r -> "nlu".equals(r.key()) && r.value().contains(version), TIMEOUT).value());
        assertEquals(version, announced.version());
        assertTrue(announced.requestedBy().startsWith("nlu-service@"), announced.requestedBy());
        // What a shopper gets: the new version's lookup entity, and its version on the event.
        IntentClassified intent = classify("用闪送寄的快递到哪了");
        assertEquals(expected, intent.modelVersion());
        assertTrue(intent.entities().contains(new IntentClassified.Entity("carrier", "闪送", 1, 3,
                IntentClassified.Entity.LOOKUP, null)), intent.entities().toString());
    }

    @Test
    void anActivationAnnouncedByAnotherReplicaIsSwappedInHere() {
        String before = save(intents, knowsSf);
        String after = save(intents, knowsSfAndShanSong);
        admin().body(Map.of("version", before)).post(ADMIN + "/activate").then().statusCode(200);

        // What the other replica does: the pointer, then the announcement.
        new ModelFolder(MODELS).activate(after);
        kafka.send(Topics.MODEL_ACTIVATIONS, "nlu",
                EventCodec.encode(ModelActivated.now("nlu", after, "nlu-service@another-host/7")));

        await().atMost(TIMEOUT).until(() -> classifier.modelVersion().equals(label(knowsSfAndShanSong)));
        admin().get(ADMIN).then().statusCode(200)
                .body("servingVersion", is(after))
                .body("activeVersion", is(after))
                .body("source", is("active"));
    }

    @Test
    void anOlderVersionCanBeActivatedAgain() {
        String older = save(intents, knowsSf);
        String newer = save(intents, knowsSfAndShanSong);
        admin().body(Map.of("version", newer)).post(ADMIN + "/activate").then().statusCode(200);

        admin().body(Map.of("version", older)).post(ADMIN + "/activate").then().statusCode(200)
                .body("servingVersion", is(older))
                .body("modelVersion", is(label(knowsSf)));

        assertEquals(label(knowsSf), classifier.modelVersion());
        admin().get(ADMIN).then().statusCode(200)
                .body("activeVersion", is(older))
                .body("versions", hasItems(older, newer));
    }

    @Test
    void reloadServesWhatThePointerNames() {
        String version = save(intents, knowsSfAndShanSong);
        new ModelFolder(MODELS).activate(version);

        admin().post(ADMIN + "/reload").then().statusCode(200)
                .body("servingVersion", is(version))
                .body("modelVersion", is(label(knowsSfAndShanSong)));
    }

    @Test
    void anUnknownVersionIs404AndTheModelStays() {
        String serving = classifier.modelVersion();

        admin().body(Map.of("version", "20990101T000000Z-nothing")).post(ADMIN + "/activate")
                .then().statusCode(404).contentType("application/json")
                .body("error", is("unknown_version"))
                .body("message", containsString("20990101T000000Z-nothing"));
        assertEquals(serving, classifier.modelVersion());
    }

    @Test
    void aBodyWithoutVersionIs400() {
        admin().body("{\"versio\": \"x\"}").post(ADMIN + "/activate")
                .then().statusCode(400).contentType("application/json").body("error", is("invalid_body"));
        admin().body("{not json").post(ADMIN + "/activate")
                .then().statusCode(400).body("error", is("invalid_body"));
    }

    @Test
    void aKindThisServiceDoesNotServeIs404() {
        admin().get("/admin/sentiment/model").then().statusCode(404).contentType("application/json")
                .body("error", is("unknown_model_kind"));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TOKEN).contentType("application/json");
    }

    private IntentClassified classify(String text) {
        String conversation = "admin-" + UUID.randomUUID();
        kafka.send(Topics.UTTERANCES, conversation, EventCodec.encode(EventEnvelope.of(
                new UtteranceReceived("m-" + UUID.randomUUID(), text, null, null), conversation, "demo-shop",
                Channel.APP, null)));
        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.INTENTS,
                r -> conversation.equals(r.key()), TIMEOUT);
        return EventCodec.decode(record.value(), IntentClassified.class).payload();
    }

    /** Saves a new version (a name never used before in this run) and returns its name. */
    private static String save(TextClassifier intentModel, EntityModel entityModel) {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z").plusSeconds(SAVED.incrementAndGet()),
                ZoneOffset.UTC);
        return IntentModels.save(intentModel, entityModel, MODELS, clock).getFileName().toString();
    }

    private static String label(EntityModel entityModel) {
        return "intent-" + intents.version() + "+entities-" + entityModel.version();
    }

    private static TrainingData shop(String carriers) {
        return TrainingDataLoader.load(List.of(new TrainingDataSource("shop.yml", SHOP.formatted(carriers))));
    }

    private static void emptyTheModelFolder() throws IOException {
        if (Files.exists(MODELS)) {
            try (Stream<Path> paths = Files.walk(MODELS)) {
                paths.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(MODELS)).forEach(p -> p.toFile().delete());
            }
        }
    }
}
