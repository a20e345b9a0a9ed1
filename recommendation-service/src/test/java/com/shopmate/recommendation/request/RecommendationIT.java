package com.shopmate.recommendation.request;

import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.EventPayload;
import com.shopmate.events.MarketingPreferenceChanged;
import com.shopmate.events.RecommendationRequested;
import com.shopmate.events.RecommendationRequested.Wanted;
import com.shopmate.events.RecommendationsReady;
import com.shopmate.events.Topics;
import com.shopmate.recommendation.shop.DemoShopApi;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service against a real broker and PostgreSQL, reading the demo shop through the shop API: requests in,
 * suggestions out; opt-outs kept; the marketing cap counted once per request.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = DemoShopApi.class, restrictToAnnotatedClass = true)
class RecommendationIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String ADMIN = "Bearer test-admin-token-reco";
    private static KafkaTestClient kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void aFreshServiceTrainsOnTheShopsHistoryAndServesThatModel() {
        await().atMost(TIMEOUT).untilAsserted(() -> given().header("Authorization", ADMIN)
                .get("/admin/reco/model").then().statusCode(200).body("servingVersion", startsWith("reco-")));
    }

    @Test
    void askedSuggestionsMatchTheWishes_inStockAndWithinBudget_eachWithAReason() {
        RecommendationsReady ready = ask(new RecommendationRequested(id(), RecommendationRequested.ASKED, "zh",
                "C1001", null, new Wanted("headphones", new BigDecimal("500"), null, null, null, null, List.of(),
                null), List.of(), List.of(), 3, "推荐一款500元以内的蓝牙耳机"));

        assertEquals(RecommendationsReady.OK, ready.outcome());
        assertEquals(3, ready.items().size());
        for (var item : ready.items()) {
            assertEquals("headphones", item.product().category());
            assertTrue(item.product().stock() > 0);
            assertTrue(item.product().price().compareTo(new BigDecimal("500")) <= 0);
            assertTrue(item.product().tags().stream().anyMatch(t -> "蓝牙".equals(t.zh())), "蓝牙 read from the text");
            assertFalse(item.reason().kind().isBlank());
        }
        assertTrue(ready.catalogAt() != null);
    }

    @Test
    void wishesNothingInStockMeets_areAnsweredNone() {
        RecommendationsReady ready = ask(new RecommendationRequested(id(), RecommendationRequested.ASKED, "en", null,
                null, new Wanted("laptops", new BigDecimal("100"), null, null, null, null, List.of(), null),
                List.of(), List.of(), 3, "a laptop under 100 yuan"));
        assertEquals(RecommendationsReady.NONE, ready.outcome());
        assertTrue(ready.items().isEmpty());
    }

    @Test
    void aShopperWhoOptedOutGetsNoCrossSell_butStillGetsWhatTheyAskFor() {
        send("C1002", new MarketingPreferenceChanged("C1002", null, true, "不要再推荐了"));

        await().atMost(TIMEOUT).untilAsserted(() -> assertEquals(RecommendationsReady.OPTED_OUT,
                ask(crossSell("C1002", id())).outcome()));
        assertEquals(RecommendationsReady.OK, ask(new RecommendationRequested(id(), RecommendationRequested.ASKED,
                "zh", "C1002", null, null, List.of(), List.of(), 3, "推荐个耳机")).outcome());

        send("C1002", new MarketingPreferenceChanged("C1002", null, false, "恢复推荐"));
        await().atMost(TIMEOUT).untilAsserted(() -> assertEquals(RecommendationsReady.OK,
                ask(crossSell("C1002", id())).outcome()));
    }

    @Test
    void crossSellsStopAtTheCap_andARedeliveredRequestCountsOnce() {
        String first = id();
        assertEquals(RecommendationsReady.OK, ask(crossSell("C1003", first)).outcome());
        assertEquals(RecommendationsReady.OK, ask(crossSell("C1003", first)).outcome(), "the same request again");
        assertEquals(RecommendationsReady.OK, ask(crossSell("C1003", id())).outcome());
        assertEquals(RecommendationsReady.CAPPED, ask(crossSell("C1003", id())).outcome(), "a cap of 2 a day");
    }

    private static RecommendationRequested crossSell(String customer, String requestId) {
        return new RecommendationRequested(requestId, RecommendationRequested.CROSS_SELL, "zh", customer, null,
                null, List.of("SKU-10131"), List.of(), 1, null);
    }

    private static RecommendationsReady ask(RecommendationRequested request) {
        String conversation = "it-" + UUID.randomUUID();
        send(conversation, request, conversation);
        var record = kafka.awaitRecord(Topics.RECOMMENDATIONS, r -> r.value().contains(request.requestId())
                && conversation.equals(r.key()), TIMEOUT);
        return EventCodec.decode(record.value(), RecommendationsReady.class).payload();
    }

    private static void send(String key, EventPayload payload) {
        send(key, payload, "it-" + UUID.randomUUID());
    }

    private static void send(String key, EventPayload payload, String conversation) {
        EventEnvelope<?> event = EventEnvelope.of(payload, conversation, "demo-shop", Channel.APP, null, null);
        String topic = payload instanceof MarketingPreferenceChanged ? Topics.MARKETING_PREFERENCES
                : Topics.RECOMMENDATION_REQUESTS;
        kafka.send(topic, key, EventCodec.encode(event));
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
