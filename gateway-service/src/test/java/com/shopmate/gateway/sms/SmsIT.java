package com.shopmate.gateway.sms;

import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.ReplyDeliveryFailed;
import com.shopmate.events.Topics;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SMS channel against real Kafka and Redis and a provider stand-in on a real port. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(RecordingSmsProvider.class)
class SmsIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static KafkaTestClient kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @BeforeEach
    void awaitReadiness() {
        await().atMost(WAIT).until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    @Test
    void unsignedOrTamperedWebhookIsRefusedWithA403AndNothingIsPublished() {
        String phone = newPhone();
        given().formParam("From", phone).formParam("To", SignedSms.SHOP_NUMBER).formParam("Body", "hi")
                .formParam("MessageSid", SignedSms.newSid()).post("/v1/sms/webhook")
                .then().statusCode(403).body("error", equalTo("missing_signature"));

        Map<String, String> form = Map.of("From", phone, "To", SignedSms.SHOP_NUMBER, "Body", "hi",
                "MessageSid", SignedSms.newSid());
        String signedForOtherText = SignedSms.signature("/v1/sms/webhook", Map.of("From", phone,
                "To", SignedSms.SHOP_NUMBER, "Body", "hello", "MessageSid", form.get("MessageSid")));
        given().header(SmsWebhookSignature.HEADER, signedForOtherText).formParams(form).post("/v1/sms/webhook")
                .then().statusCode(403).body("error", equalTo("invalid_signature"));

        kafka.awaitNoRecord(Topics.UTTERANCES, r -> ("sms:" + phone).equals(r.key()), QUIET);
    }

    @Test
    void signedWebhookIsPublished() {
        String phone = newPhone();
        SignedSms.text(phone, "我的包裹到哪了").then().statusCode(200);
        kafka.awaitRecord(Topics.UTTERANCES, r -> ("sms:" + phone).equals(r.key()), WAIT);
    }

    @Test
    void afterStopTheNumberGetsOneConfirmationAndNothingMoreUntilStart() {
        String phone = newPhone();
        SignedSms.text(phone, "STOP").then().statusCode(200);
        await().atMost(WAIT).until(() -> RecordingSmsProvider.accepted(phone).size() == 1);
        assertTrue(bodies(phone).get(0).contains("unsubscribed"), bodies(phone).toString());
        SignedSms.text(phone, "stop").then().statusCode(200);

        String reply = reply(phone, List.of("Your order has shipped."));
        ReplyDeliveryFailed dropped = awaitFailure(phone).payload();
        assertEquals(ReplyDeliveryFailed.OPTED_OUT, dropped.reason());
        assertEquals(1, RecordingSmsProvider.accepted(phone).size(), "no reply, no second confirmation");
        kafka.awaitNoRecord(Topics.UTTERANCES, r -> ("sms:" + phone).equals(r.key()), QUIET);

        SignedSms.text(phone, "START").then().statusCode(200);
        await().atMost(WAIT).until(() -> RecordingSmsProvider.accepted(phone).size() == 2);
        assertTrue(bodies(phone).get(1).contains("resubscribed"), bodies(phone).toString());
        reply(phone, List.of("Welcome back."));
        await().atMost(WAIT).until(() -> bodies(phone).contains("Welcome back."));
        assertFalse(bodies(phone).contains(EventCodec.decode(reply, ReplyComposed.class).payload().replies().get(0)
                .text()), "the reply composed while opted out stays unsent");
    }

    @Test
    void helpIsAnsweredWithTheShopAndSupportAndNotPublished() {
        String phone = newPhone();
        SignedSms.text(phone, "帮助").then().statusCode(200);

        await().atMost(WAIT).until(() -> RecordingSmsProvider.accepted(phone).size() == 1);
        String help = bodies(phone).get(0);
        assertTrue(help.contains("Shopmate Demo Shop") && help.contains("400-800-8820"), help);
        kafka.awaitNoRecord(Topics.UTTERANCES, r -> ("sms:" + phone).equals(r.key()), QUIET);
    }

    @Test
    void yesFromASubscribedNumberIsForTheBot() {
        String phone = newPhone();
        SignedSms.text(phone, "yes").then().statusCode(200);
        kafka.awaitRecord(Topics.UTTERANCES, r -> ("sms:" + phone).equals(r.key()), WAIT);
    }

    @Test
    void aLongChineseReplyGoesOutInSegmentsOfAtMost70() {
        String phone = newPhone();
        String text = "您的订单SO2026112869646已经由顺丰快递发出，预计本周五送达。".repeat(5);
        reply(phone, List.of(text));

        await().atMost(WAIT).until(() -> String.join("", bodies(phone)).equals(text));
        List<String> segments = bodies(phone);
        assertTrue(segments.size() >= 3, segments.toString());
        segments.forEach(segment -> assertTrue(segment.length() <= 70, segment));
    }

    @Test
    void aSendRetriedAfter503sIsSentOnceAndARedeliveredReplyIsNotSentAgain() {
        String phone = newPhone();
        RecordingSmsProvider.refuseNext(phone, 2, 503, 20500);
        String reply = reply(phone, List.of("Your parcel arrives tomorrow."));

        await().atMost(WAIT).until(() -> RecordingSmsProvider.accepted(phone).size() == 1);
        kafka.send(Topics.REPLIES, "sms:" + phone, reply);
        await().during(QUIET).atMost(WAIT).until(() -> RecordingSmsProvider.accepted(phone).size() == 1);
        assertEquals(3, RecordingSmsProvider.calls().stream().filter(c -> phone.equals(c.form().get("To"))).count(),
                "two refused, one accepted");
    }

    @Test
    void aRefusalIsNotRetriedAndIsReportedAsReplyDeliveryFailed() {
        String phone = newPhone();
        RecordingSmsProvider.refuseNext(phone, 1, 400, 21610);
        reply(phone, List.of("Hello"));

        ReplyDeliveryFailed failure = awaitFailure(phone).payload();
        assertEquals(ReplyDeliveryFailed.PROVIDER_REJECTED, failure.reason());
        assertEquals("21610", failure.providerErrorCode());
        assertEquals(1, failure.attempts());
        assertTrue(failure.permanent());
    }

    @Test
    void anUndeliveredStatusCallbackIsRecordedAndReportedOnKafka() {
        String phone = newPhone();
        String reply = reply(phone, List.of("Your refund is on its way."));
        await().atMost(WAIT).until(() -> RecordingSmsProvider.accepted(phone).size() == 1);
        String sid = RecordingSmsProvider.accepted(phone).get(0).sid();
        Map<String, String> status = Map.of("MessageSid", sid, "MessageStatus", "undelivered", "ErrorCode", "30003",
                "AccountSid", "ACtest", "To", phone);

        given().formParams(status).post("/v1/sms/status").then().statusCode(403);
        SignedSms.post("/v1/sms/status", status).then().statusCode(204);

        EventEnvelope<ReplyDeliveryFailed> event = awaitFailure(phone);
        assertEquals(ReplyDeliveryFailed.UNDELIVERED, event.payload().reason());
        assertEquals("30003", event.payload().providerErrorCode());
        assertEquals(sid, event.payload().providerMessageId());
        assertEquals(EventCodec.decode(reply, ReplyComposed.class).payload().messageId(), event.payload().messageId());
        assertEquals(Channel.SMS, event.channel());
    }

    @Test
    void aNumberOverItsRateIsAnswered429AndNotPublished() {
        String phone = newPhone();
        for (int i = 0; i < 10; i++) {
            SignedSms.text(phone, "hello " + i).then().statusCode(200);
        }
        SignedSms.text(phone, "hello again").then().statusCode(429).body("error", equalTo("rate_limited"));
        await().atMost(WAIT).until(() -> kafka.collect(Topics.UTTERANCES, r -> ("sms:" + phone).equals(r.key()),
                Duration.ofSeconds(1)).size() == 10);
    }

    @Test
    void aConversationOverItsCapGetsNothingMoreAndTheDropIsReported() {
        String phone = newPhone();
        reply(phone, IntStream.rangeClosed(1, 30).mapToObj(i -> "Line " + i).toList());
        await().atMost(WAIT).until(() -> RecordingSmsProvider.accepted(phone).size() == 30);

        reply(phone, List.of("One too many"));
        assertEquals(ReplyDeliveryFailed.CAP_REACHED, awaitFailure(phone).payload().reason());
        assertEquals(30, RecordingSmsProvider.accepted(phone).size());
    }

    @Test
    void theSandboxRefusesWhatItIsToldToThenTakesTheNext() {
        String phone = newPhone();
        given().formParam("to", phone).formParam("count", 1).formParam("status", 503).post("/v1/sms/sandbox/failures")
                .then().statusCode(204);
        String path = "/v1/sms/sandbox/2010-04-01/Accounts/ACsandbox/Messages.json";
        given().formParam("To", phone).formParam("From", SignedSms.SHOP_NUMBER).formParam("Body", "hi").post(path)
                .then().statusCode(503);
        given().formParam("To", phone).formParam("From", SignedSms.SHOP_NUMBER).formParam("Body", "hi").post(path)
                .then().statusCode(200);
        given().queryParam("to", phone).get("/v1/sms/sandbox/outbox").then().statusCode(200)
                .body("messages.size()", equalTo(1)).body("messages[0].body", equalTo("hi"));
    }

    private static EventEnvelope<ReplyDeliveryFailed> awaitFailure(String phone) {
        return EventCodec.decode(kafka.awaitRecord(Topics.REPLY_DELIVERY_FAILURES,
                r -> ("sms:" + phone).equals(r.key()), WAIT).value(), ReplyDeliveryFailed.class);
    }

    /** Plays dialogue: a reply of these messages to a message of the number's; returns the record sent. */
    private static String reply(String phone, List<String> texts) {
        String conversation = "sms:" + phone;
        List<ReplyComposed.Reply> messages = new ArrayList<>();
        texts.forEach(text -> messages.add(new ReplyComposed.Reply(text, List.of())));
        String json = EventCodec.encode(new EventEnvelope<>(UUID.randomUUID().toString(), ReplyComposed.TYPE,
                ReplyComposed.VERSION, conversation, "demo-shop", Channel.SMS, Instant.now(), null,
                new ReplyComposed("u-" + UUID.randomUUID(), SignedSms.newSid(), "zh", messages), null));
        kafka.send(Topics.REPLIES, conversation, json);
        return json;
    }

    private static List<String> bodies(String phone) {
        return RecordingSmsProvider.accepted(phone).stream().map(c -> c.form().get("Body"))
                .collect(Collectors.toList());
    }

    private static String newPhone() {
        return "+8613" + (100_000_000 + (int) (Math.random() * 899_999_999));
    }
}
