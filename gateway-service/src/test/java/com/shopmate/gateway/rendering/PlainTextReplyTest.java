package com.shopmate.gateway.rendering;

import com.shopmate.events.ReplyComposed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainTextReplyTest {

    @Test
    void quickRepliesBecomeNumberedOptionsInTheReplysLanguage() {
        var zh = new ReplyComposed("u1", "m1", "zh", List.of(new ReplyComposed.Reply("您好！", List.of("查订单", "退换货"))));
        assertEquals(List.of("您好！\n回复数字即可：\n1. 查订单\n2. 退换货"), PlainTextReply.texts(zh));
        var en = new ReplyComposed("u1", "m1", "en", List.of(new ReplyComposed.Reply("Hi!", List.of("Track order"))));
        assertEquals(List.of("Hi!\nReply with a number:\n1. Track order"), PlainTextReply.texts(en));
    }

    @Test
    void cardIsLeftOutSinceTheTextSaysTheSame() {
        var card = new ReplyComposed.Card("shipment", "SF1234567890", "Parcel SF1234567890",
                List.of(new ReplyComposed.Field("Status", "in transit")));
        var reply = new ReplyComposed("u1", "m1", "en", List.of(
                new ReplyComposed.Reply("Your parcel SF1234567890 is in transit.", null, card)));
        assertEquals(List.of("Your parcel SF1234567890 is in transit."), PlainTextReply.texts(reply));
    }

    @Test
    void agentsMessageIsSignedWithTheirName() {
        var reply = new ReplyComposed("u1", "m1", "zh", List.of(new ReplyComposed.Reply("马上为您处理", null)), true,
                ReplyComposed.AGENT, "李娜");
        assertEquals(List.of("【客服 李娜】马上为您处理"), PlainTextReply.texts(reply));
    }

    @Test
    void optionsOfTheLastMessageAreTheOnesADigitChoosesFrom() {
        var reply = new ReplyComposed("u1", "m1", "en", List.of(new ReplyComposed.Reply("One", List.of("a")),
                new ReplyComposed.Reply("Two", List.of("b", "c"))));
        assertEquals(List.of("b", "c"), PlainTextReply.lastOptions(reply));
    }
}
