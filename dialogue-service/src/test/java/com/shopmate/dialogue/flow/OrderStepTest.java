package com.shopmate.dialogue.flow;

import com.shopmate.dialogue.context.Memory;
import com.shopmate.dialogue.reply.ReplyTemplates;
import com.shopmate.dialogue.reply.Wording;
import com.shopmate.events.Channel;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.ReplyComposed;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderStepTest {

    private static final Wording WORDING = new Wording(ReplyTemplates.fromClasspath("dialogue/replies.yml"));
    private static final FlowDefinition.StepDefinition ORDER_STEP = new FlowDefinition.StepDefinition("order",
            "order", null, null, null, null, null, null, null, null);

    @Test
    void anAnonymousShopperAskingAboutAnOrderIsOfferedTheOrderCheckAsAVerifyCard() {
        for (String language : List.of("zh", "en")) {
            FlowTurn turn = anonymousTurn("我的订单到哪了？", language);

            new Steps(null, null).run(turn, ORDER_STEP).await().indefinitely();

            ReplyComposed.Reply reply = turn.replies().get(0);
            assertEquals(WORDING.quickReplies("verify.needed", language), reply.quickReplies());
            assertEquals("verify", reply.card().kind());
            assertEquals("order", reply.card().id());
            assertTrue(reply.card().fields().isEmpty());
            assertEquals(language.equals("zh") ? "验证订单" : "Verify an order", reply.card().title());
        }
    }

    private static FlowTurn anonymousTurn(String text, String language) {
        IntentClassified understood = new IntentClassified("u", "m", text, language, "order_status", 0.9, List.of(),
                List.of(), "test");
        EventEnvelope<IntentClassified> event = EventEnvelope.of(understood, "c1", "demo-shop", Channel.WEB, null,
                null);
        return new FlowTurn(event, language, 0, Memory.EMPTY, null, null, null, WORDING, Clock.systemUTC());
    }
}
