package com.shopmate.console;

import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.EventPayload;
import com.shopmate.events.HandoffRequested;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.ShopperIdentity;
import com.shopmate.events.Topics;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.testkit.KafkaTestClient;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * What the console's ITs share: agents made through the admin API and signed in through the form, and a shopper's
 * conversation told to the console as the platform's events on real Kafka.
 */
public final class ConsoleTestSupport {

    public static final String ADMIN = "Bearer test-admin-token-console";
    public static final String COOKIE = "shopmate-console";
    public static final String PASSWORD = "correct horse battery";
    public static final Duration WAIT = Duration.ofSeconds(30);

    private ConsoleTestSupport() {
    }

    /** A new agent, unique to the test, with the shared test password. */
    public static String newAgent(String name, String role, int maxOpenChats) {
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", ADMIN).contentType("application/json")
                .body(Map.of("username", username, "displayName", name + " 测试", "password", PASSWORD,
                        "roles", List.of(role), "maxOpenChats", maxOpenChats))
                .post("/admin/console/agents").then().statusCode(201);
        return username;
    }

    /** Signs in through the form and answers the session cookie. */
    public static String signIn(String username) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", PASSWORD)
                .post("/j_security_check").then().statusCode(200).extract().cookie(COOKIE);
    }

    public static RequestSpecification as(String session) {
        return given().cookie(COOKIE, session).contentType("application/json");
    }

    /** A shopper's SMS conversation as the platform's events tell it. */
    public static final class Shopper {
        public final String conversationId = "sms:+86139" + (10_000_000 + (int) (Math.random() * 89_999_999));
        public final String phone = conversationId.substring("sms:".length());
        public final ShopperIdentity identity = ShopperIdentity.smsSender(phone);
        private final KafkaTestClient kafka;

        public Shopper(KafkaTestClient kafka) {
            this.kafka = kafka;
        }

        public EventEnvelope<UtteranceReceived> says(String text) {
            var event = envelope(new UtteranceReceived("m-" + UUID.randomUUID(), text, "zh-CN", phone));
            send(Topics.UTTERANCES, event);
            return event;
        }

        public EventEnvelope<ReplyComposed> botAnswers(EventEnvelope<UtteranceReceived> utterance, String text) {
            var event = envelope(new ReplyComposed(utterance.eventId(), utterance.payload().messageId(), "zh",
                    List.of(new ReplyComposed.Reply(text, List.of()))));
            send(Topics.REPLIES, event);
            return event;
        }

        public EventEnvelope<HandoffRequested> handedOver(EventEnvelope<UtteranceReceived> utterance, String route) {
            var event = envelope(new HandoffRequested(utterance.eventId(), utterance.payload().messageId(),
                    "requested", route, "顾客要求退款，订单 SO1 未到", "zh", "C1001",
                    HandoffRequested.TICKET.equals(route) ? phone : null, List.of("SO2026111911019"), 0.8,
                    List.of(new HandoffRequested.EmotionReading("negative", "anger", 0.7, "还没到！"),
                            new HandoffRequested.EmotionReading("negative", "frustration", 0.9, "转人工"))));
            send(Topics.HANDOFFS, event);
            return event;
        }

        public void send(String topic, EventEnvelope<?> event) {
            kafka.send(topic, conversationId, EventCodec.encode(event));
        }

        private <P extends EventPayload> EventEnvelope<P> envelope(P payload) {
            return EventEnvelope.of(payload, conversationId, "demo-shop", Channel.SMS, null, identity);
        }
    }

    /** Waits until the conversation is in the queue an agent sees. */
    public static void awaitQueued(String session, String conversationId) {
        await().atMost(WAIT).until(() -> as(session).get("/console/api/queue").then().statusCode(200).extract()
                .jsonPath().getList("conversationId").contains(conversationId));
    }

    /** The authors of the conversation's transcript lines, in order. */
    public static List<String> authors(String session, String conversationId) {
        return as(session).get("/console/api/conversations/" + conversationId).then().statusCode(200).extract()
                .jsonPath().getList("transcript.author");
    }

    /** Waits until the transcript has a line with this text (which the test made unique). */
    public static void awaitLine(String session, String conversationId, String text) {
        await().atMost(WAIT).until(() -> {
            var response = as(session).get("/console/api/conversations/" + conversationId);
            return response.statusCode() == 200 && response.jsonPath().getList("transcript.text").contains(text);
        });
    }
}
