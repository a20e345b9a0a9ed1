package com.shopmate.dialogue.handoff;

import com.shopmate.dialogue.context.ConversationContext;
import com.shopmate.dialogue.context.Memory;
import com.shopmate.dialogue.emotion.ToneReading;
import com.shopmate.dialogue.reply.ReplyTemplates;
import com.shopmate.dialogue.reply.Wording;
import com.shopmate.events.Channel;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.HandoffRequested;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.ShopperIdentity;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandoverTest {

    private static final Wording WORDING = new Wording(ReplyTemplates.fromClasspath("dialogue/replies.yml"));
    // 23:30 in Shanghai: agents went home at 22:00.
    private static final Clock NIGHT = Clock.fixed(Instant.parse("2026-12-05T15:30:00Z"), ZoneOffset.UTC);
    private static final Clock MORNING = Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC);

    private static Handover at(Clock clock) {
        return new Handover(() -> WORDING, () -> AgentHours.parse("09:00–22:00", ZoneId.of("Asia/Shanghai"), clock),
                () -> Map.of("zh", "人工客服服务时间为每天09:00–22:00（北京时间）。", "en", "Agents work 09:00–22:00."));
    }

    private static EventEnvelope<IntentClassified> said(String text, ShopperIdentity identity) {
        return new EventEnvelope<>("e1", IntentClassified.TYPE, 1, "c1", "demo-shop", Channel.SMS, Instant.EPOCH, null,
                new IntentClassified("u1", "m1", text, "zh", "human_agent_request", 0.9, List.of(), List.of(), "t"),
                identity);
    }

    private static final Memory UPSET = Memory.EMPTY.mentioningOrder("SO2026112185209")
            .feeling(new ToneReading("negative", "anger", 0.8, "转人工"), 8);

    @Test
    void inAgentsHoursTheConversationJoinsTheQueueWithItsContext() {
        var handed = at(MORNING).handOver(said("转人工", new ShopperIdentity("C1004", null, "app_token", null)),
                "requested", ConversationContext.empty(), UPSET, 0.6, "zh", 0);
        HandoffRequested request = handed.request().orElseThrow();
        assertEquals("queue", request.route());
        assertEquals(List.of("SO2026112185209"), request.orders());
        assertEquals(Memory.QUEUED, handed.memory().handoff());
    }

    @Test
    void afterHoursAnSmsShopperGetsACallbackTicketOnTheirNumber() {
        var handed = at(NIGHT).handOver(said("转人工", new ShopperIdentity(null, "+8615922824324", "sms_sender", null)),
                "requested", ConversationContext.empty(), UPSET, 0.6, "zh", 0);
        HandoffRequested ticket = handed.request().orElseThrow();
        assertEquals("ticket", ticket.route());
        assertEquals("+8615922824324", ticket.contact());
        String text = handed.replies().get(0).text();
        assertTrue(text.contains("09:00") && text.contains("159****4324"), text);
        assertNull(handed.memory().handoff(), "the bot keeps answering: nobody is in the queue tonight");
    }

    @Test
    void afterHoursAnAnonymousShopperIsAskedForANumberFirstAndTheNumberFilesTheTicket() {
        var asked = at(NIGHT).handOver(said("转人工", null), "requested", ConversationContext.empty(), UPSET, 0.6,
                "zh", 0);
        assertTrue(asked.request().isEmpty(), "no ticket nobody could answer");
        assertEquals(Memory.AWAITING_CONTACT, asked.memory().handoff());
        assertTrue(asked.replies().get(0).text().contains("手机号"));

        var filed = at(NIGHT).callbackAnswer(said("我的手机 13800138000", null), ConversationContext.empty(),
                asked.memory(), 0.6, "zh", 1).orElseThrow();
        assertEquals("+8613800138000", filed.request().orElseThrow().contact());
        assertEquals("ticket", filed.request().orElseThrow().route());
    }

    @Test
    void aNewQuestionAfterTheCallbackOfferIsAnsweredAsUsual() {
        assertTrue(at(NIGHT).callbackAnswer(said("我的订单到哪了", null), ConversationContext.empty(),
                Memory.EMPTY.withHandoff(Memory.AWAITING_CONTACT), 0, "zh", 1).isEmpty());
    }
}
