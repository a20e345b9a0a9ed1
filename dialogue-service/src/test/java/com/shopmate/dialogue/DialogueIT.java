package com.shopmate.dialogue;

import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.SentimentScored;
import com.shopmate.events.Topics;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.testkit.CapturedLogs;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dialogue-service against real Kafka and Redis; the test plays nlu- and sentiment-service on their topics. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
class DialogueIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static KafkaTestClient kafka;

    @Inject
    RedisDataSource redis;

    @ConfigProperty(name = "shopmate.dialogue.context-idle-ttl")
    Duration idleTtl;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void intentAndSentimentOfAnUtteranceBecomeOneReplyInItsLanguage() {
        var utterance = utterance("c-" + UUID.randomUUID(), "你好", Channel.APP);
        sendSentiment(utterance, "neutral", 0.0);
        sendIntent(utterance, "zh", "greet");

        ReplyComposed reply = awaitReply(utterance);
        assertEquals("zh", reply.language());
        assertEquals(utterance.payload().messageId(), reply.messageId());
        assertTrue(reply.replies().get(0).text().contains("您好"), reply.replies().toString());
    }

    @Test
    void replyIsComposedEvenWhenTheSentimentNeverComes() {
        var utterance = utterance("c-" + UUID.randomUUID(), "thanks", Channel.WEB);
        sendIntent(utterance, "en", "thanks");

        ReplyComposed reply = awaitReply(utterance);
        assertEquals("en", reply.language());
    }

    @Test
    void upsetShopperIsAnsweredWithAnApology() {
        var utterance = utterance("c-" + UUID.randomUUID(), "hello?? this is ridiculous", Channel.APP);
        sendSentiment(utterance, "negative", 0.9);
        sendIntent(utterance, "en", "greet");

        assertTrue(awaitReply(utterance).replies().get(0).text().startsWith("I'm"));
    }

    @Test
    void anIntentAddedLaterOnAChannelAddedLaterIsAnsweredOnThatChannel() {
        var utterance = utterance("c-" + UUID.randomUUID(), "please gift wrap it", Channel.of("kiosk"));
        sendIntent(utterance, "en", "gift_wrap");

        ReplyComposed reply = awaitReply(utterance);
        assertTrue(reply.replies().get(0).text().startsWith("Sorry, I can't handle that request myself yet"),
                reply.replies().toString());
    }

    @Test
    void redeliveredIntentChangesNothingTwice() {
        var utterance = utterance("c-" + UUID.randomUUID(), "bye", Channel.SMS);
        String intent = intentJson(utterance, "en", "goodbye");
        kafka.send(Topics.INTENTS, utterance.conversationId(), intent);
        awaitReply(utterance);

        kafka.send(Topics.INTENTS, utterance.conversationId(), intent);
        assertEquals(1, kafka.collect(Topics.REPLIES, r -> utterance.conversationId().equals(r.key()),
                Duration.ofSeconds(4)).size(), "the redelivered intent is not answered again");
    }

    @Test
    void contextRemembersTheTurnsAndLanguageUnderAnIdleTtl() {
        String conversation = "c-" + UUID.randomUUID();
        var first = utterance(conversation, "hi", Channel.APP);
        sendIntent(first, "en", "greet");
        awaitReply(first);

        String key = "dialogue:context:" + conversation;
        String context = redis.value(String.class).get(key);
        assertTrue(context.contains("\"language\":\"en\"") && context.contains("\"lastIntent\":\"greet\"")
                && context.contains("\"text\":\"hi\""), context);
        long ttl = redis.key().ttl(key);
        assertTrue(ttl > 0 && ttl <= idleTtl.toSeconds(), "idle TTL set, was " + ttl);
    }

    @Test
    void unreadableIntentGoesToTheDeadLetterTopicAndTheConsumerCarriesOn() {
        String conversation = "c-" + UUID.randomUUID();
        kafka.send(Topics.INTENTS, conversation, "{\"type\":\"IntentClassified\"}");
        KafkaTestClient.DeadLetter dead = kafka.awaitDeadLetter(Topics.DEAD_LETTERS, conversation, WAIT);
        assertTrue(dead.reason().contains("IntentClassified"), dead.reason());

        var utterance = utterance(conversation, "hello", Channel.APP);
        sendIntent(utterance, "en", "greet");
        awaitReply(utterance);
    }

    @Test
    void theTurnsLogLineNamesItsConversationAndIntentThoughLoggedAfterRedisAndKafkaAnswered() {
        try (CapturedLogs logs = CapturedLogs.withDebug("com.shopmate.dialogue")) {
            var utterance = utterance("c-" + UUID.randomUUID(), "hi", Channel.APP);
            String intent = intentJson(utterance, "en", "greet");
            // The sentiment after the intent: the turn may go on when the sentiment's own handling wakes it.
            kafka.send(Topics.INTENTS, utterance.conversationId(), intent);
            sendSentiment(utterance, "neutral", 0.0);
            awaitReply(utterance);

            String answered = "answered " + utterance.payload().messageId();
            await().atMost(WAIT).until(() -> logs.lines().stream().anyMatch(l -> l.message().contains(answered)));
            CapturedLogs.Line line = logs.line(answered);
            assertEquals(utterance.conversationId(), line.mdc("conversationId"));
            assertEquals(EventCodec.decode(intent, IntentClassified.class).eventId(), line.mdc("eventId"));
        }
    }

    @Test
    void readinessIsUpWithKafkaAndRedis() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    private static EventEnvelope<UtteranceReceived> utterance(String conversation, String text, Channel channel) {
        return EventEnvelope.of(new UtteranceReceived("m-" + UUID.randomUUID(), text, null, null), conversation,
                "demo-shop", channel, null);
    }

    private static void sendIntent(EventEnvelope<UtteranceReceived> utterance, String language, String intent) {
        kafka.send(Topics.INTENTS, utterance.conversationId(), intentJson(utterance, language, intent));
    }

    private static String intentJson(EventEnvelope<UtteranceReceived> utterance, String language, String intent) {
        return EventCodec.encode(utterance.followedBy(new IntentClassified(utterance.eventId(),
                utterance.payload().messageId(), utterance.payload().text(), language, intent, 0.9, List.of(),
                List.of(), "test")));
    }

    private static void sendSentiment(EventEnvelope<UtteranceReceived> utterance, String polarity, double intensity) {
        double score = "negative".equals(polarity) ? -intensity : intensity;
        kafka.send(Topics.SENTIMENTS, utterance.conversationId(), EventCodec.encode(utterance.followedBy(
                new SentimentScored(utterance.eventId(), utterance.payload().messageId(), polarity, score, intensity,
                        "negative".equals(polarity) ? "anger" : "neutral", "test"))));
    }

    private static ReplyComposed awaitReply(EventEnvelope<UtteranceReceived> utterance) {
        var record = kafka.awaitRecord(Topics.REPLIES, r -> utterance.conversationId().equals(r.key()), WAIT);
        var reply = EventCodec.decode(record.value(), ReplyComposed.class);
        assertEquals(utterance.channel(), reply.channel(), "the reply keeps the utterance's channel");
        return reply.payload();
    }
}
