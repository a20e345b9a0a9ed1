package com.shopmate.dialogue.emotion;

import com.shopmate.dialogue.reply.ReplyTemplates;
import com.shopmate.events.ReplyComposed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ToneAdapterTest {

    private final ToneAdapter tone = new ToneAdapter(
            () -> ReplyTemplates.fromClasspath("dialogue/replies.yml"), 0.5);

    @Test
    void anAngryShopperGetsTheAnswerWithoutPleasantriesOrExclamations() {
        List<ReplyComposed.Reply> adapted = tone.adapt(
                List.of(new ReplyComposed.Reply("好的！已为您催促快递😊。还有什么可以帮您的吗？", List.of("查物流"))),
                new ToneReading("negative", "anger", 0.9, "你们太慢了"), "zh");
        assertEquals("好的。已为您催促快递。", adapted.get(0).text());
        assertEquals(List.of("查物流"), adapted.get(0).quickReplies());
    }

    @Test
    void anEnglishAngryShopperGetsNoCheer() {
        List<ReplyComposed.Reply> adapted = tone.adapt(
                List.of(new ReplyComposed.Reply("You're welcome! Is there anything else I can help with?", List.of())),
                new ToneReading("negative", "frustration", 0.7, "useless"), "en");
        assertEquals("You're welcome.", adapted.get(0).text());
    }

    @Test
    void aCalmOrAnxiousShopperGetsTheRepliesUnchanged() {
        List<ReplyComposed.Reply> replies = List.of(new ReplyComposed.Reply("您好！还有什么可以帮您的吗？", List.of()));
        assertEquals(replies, tone.adapt(replies, new ToneReading("neutral", "neutral", 0.1, "你好"), "zh"));
        assertEquals(replies, tone.adapt(replies, new ToneReading("negative", "anxiety", 0.9, "急"), "zh"));
    }

    @Test
    void aMildlyAnnoyedShopperIsNotTreatedAsAngry() {
        assertFalse(tone.angry(new ToneReading("negative", "frustration", 0.3, "有点慢")));
    }
}
