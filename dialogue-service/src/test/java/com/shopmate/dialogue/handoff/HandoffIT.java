package com.shopmate.dialogue.handoff;

import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.HandoffEnded;
import com.shopmate.events.HandoffRequested;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.SentimentScored;
import com.shopmate.events.ShopperIdentity;
import com.shopmate.events.Topics;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Handing over to people and getting the conversation back, through real Kafka and Redis: the request, the
 * handoff event with its context, the bot's silence while people own the conversation, and its return.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
class HandoffIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
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
    void anAngryShopperWhoAsksForAPersonIsQueuedWithTheContextAnAgentNeeds() {
        String conversation = "c-" + UUID.randomUUID();
        var first = say(conversation, "你们的服务太差了", "complaint", "negative", "frustration", 0.6);
        assertFalse(awaitReply(first).handoff());

        var second = say(conversation, "太离谱了，我要转人工", "human_agent_request", "negative", "anger", 0.9);
        ReplyComposed reply = awaitReply(second);
        assertTrue(reply.handoff(), "the turn that hands over says so");
        assertTrue(reply.replies().get(0).text().contains("人工客服"), reply.replies().toString());

        var handoff = EventCodec.decode(kafka.awaitRecord(Topics.HANDOFFS, r -> conversation.equals(r.key()), WAIT)
                .value(), HandoffRequested.class);
        HandoffRequested request = handoff.payload();
        assertEquals("requested", request.reason());
        assertEquals("queue", request.route());
        assertEquals("C1001", request.customerId());
        assertEquals(Channel.APP, handoff.channel());
        assertEquals(List.of("frustration", "anger"), request.emotions().stream()
                .map(HandoffRequested.EmotionReading::emotion).toList(), "the emotion trajectory, oldest first");
        assertTrue(request.summary().contains("我要转人工"), request.summary());
        assertTrue(request.risk() > 0.5, "risk " + request.risk());
    }

    @Test
    void whilePeopleOwnTheConversationTheBotOnlyAcknowledgesAndAnswersAgainOnceGivenBack() {
        String conversation = "c-" + UUID.randomUUID();
        awaitReply(say(conversation, "talk to a human", "human_agent_request", "neutral", "neutral", 0.1));

        var held = say(conversation, "hello? anyone there?", "greet", "neutral", "neutral", 0.1);
        ReplyComposed ack = awaitReply(held);
        assertTrue(ack.isHeldForAgent(), "nothing said by the bot: " + ack.replies());
        assertTrue(ack.handoff());

        var ended = EventEnvelope.of(new HandoffEnded(HandoffEnded.HANDED_BACK, "王芳"), conversation, "demo-shop",
                Channel.APP, null, customer());
        kafka.send(Topics.HANDOFF_ENDINGS, conversation, EventCodec.encode(ended));
        ReplyComposed back = awaitReplyTo(conversation, "handoff-ended-" + ended.eventId());
        assertTrue(back.replies().get(0).text().contains("I'm back"), back.replies().toString());

        ReplyComposed answered = awaitReply(say(conversation, "hi", "greet", "neutral", "neutral", 0.1));
        assertFalse(answered.handoff());
        assertFalse(answered.replies().isEmpty(), "the bot answers again");
    }

    @Test
    void whenNobodyClaimsTheShopperIsOfferedACallbackAndANumberFilesATicket() {
        String conversation = "c-" + UUID.randomUUID();
        awaitReply(say(conversation, "转人工", "human_agent_request", "neutral", "neutral", 0.1));
        var unclaimed = EventEnvelope.of(new HandoffEnded(HandoffEnded.UNCLAIMED, null), conversation, "demo-shop",
                Channel.APP, null, customer());
        kafka.send(Topics.HANDOFF_ENDINGS, conversation, EventCodec.encode(unclaimed));
        ReplyComposed offer = awaitReplyTo(conversation, "handoff-ended-" + unclaimed.eventId());
        assertTrue(offer.replies().get(0).text().contains("回电"), offer.replies().toString());

        ReplyComposed filed = awaitReply(say(conversation, "13800138000", "out_of_scope", "neutral", "neutral", 0.1));
        assertTrue(filed.handoff());
        assertTrue(filed.replies().get(0).text().contains("138****8000"), filed.replies().toString());
        var tickets = kafka.collect(Topics.HANDOFFS, r -> conversation.equals(r.key()), Duration.ofSeconds(3)).stream()
                .map(r -> EventCodec.decode(r.value(), HandoffRequested.class).payload()).toList();
        assertEquals(List.of("queue", "ticket"), tickets.stream().map(HandoffRequested::route).toList());
        assertEquals("+8613800138000", tickets.get(1).contact());
    }

    @Test
    void threeFailuresToUnderstandInARowHandOver() {
        String conversation = "c-" + UUID.randomUUID();
        assertFalse(awaitReply(say(conversation, "asdf", "out_of_scope", "neutral", "neutral", 0.1)).handoff());
        assertFalse(awaitReply(say(conversation, "qwer zxcv", "out_of_scope", "neutral", "neutral", 0.1)).handoff());
        ReplyComposed third = awaitReply(say(conversation, "blorp", "out_of_scope", "neutral", "neutral", 0.1));
        assertTrue(third.handoff());
        var request = EventCodec.decode(kafka.awaitRecord(Topics.HANDOFFS, r -> conversation.equals(r.key()), WAIT)
                .value(), HandoffRequested.class).payload();
        assertEquals("fallbacks", request.reason());
    }

    private static ShopperIdentity customer() {
        return new ShopperIdentity("C1001", null, "app_token", null);
    }

    private static EventEnvelope<UtteranceReceived> say(String conversation, String text, String intent,
                                                        String polarity, String emotion, double intensity) {
        var utterance = EventEnvelope.of(new UtteranceReceived("m-" + UUID.randomUUID(), text, null, null),
                conversation, "demo-shop", Channel.APP, null, customer());
        double score = "negative".equals(polarity) ? -intensity : intensity;
        kafka.send(Topics.SENTIMENTS, conversation, EventCodec.encode(utterance.followedBy(new SentimentScored(
                utterance.eventId(), utterance.payload().messageId(), polarity, score, intensity, emotion, "test"))));
        kafka.send(Topics.INTENTS, conversation, EventCodec.encode(utterance.followedBy(new IntentClassified(
                utterance.eventId(), utterance.payload().messageId(), text, text.matches(".*\\p{IsHan}.*") ? "zh" : "en",
                intent, 0.9, List.of(), List.of(), "test"))));
        return utterance;
    }

    private static ReplyComposed awaitReply(EventEnvelope<UtteranceReceived> utterance) {
        return awaitReplyTo(utterance.conversationId(), utterance.payload().messageId());
    }

    private static ReplyComposed awaitReplyTo(String conversation, String messageId) {
        var record = kafka.awaitRecord(Topics.REPLIES, r -> conversation.equals(r.key())
                && EventCodec.decode(r.value(), ReplyComposed.class).payload().messageId().equals(messageId), WAIT);
        return EventCodec.decode(record.value(), ReplyComposed.class).payload();
    }
}
