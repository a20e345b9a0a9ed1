package com.shopmate.gateway.sms;

import com.shopmate.events.ReplyComposed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SmsReplyChannelTest {

    @Test
    void quickRepliesBecomeOptionsInTheShoppersLanguage() {
        var reply = new ReplyComposed.Reply("您好！", List.of("查订单", "退换货"));
        assertEquals("您好！\n您可以回复：查订单 / 退换货", SmsReplyChannel.smsText(reply, "zh"));
        assertEquals("Hi!\nYou can reply: Track order", SmsReplyChannel.smsText(
                new ReplyComposed.Reply("Hi!", List.of("Track order")), "en"));
    }

    @Test
    void plainReplyIsSentAsItIs() {
        assertEquals("Bye!", SmsReplyChannel.smsText(new ReplyComposed.Reply("Bye!", null), "en"));
    }

    @Test
    void cardIsLeftOutSinceTheTextSaysTheSame() {
        var card = new ReplyComposed.Card("shipment", "SF1234567890", "Parcel SF1234567890",
                List.of(new ReplyComposed.Field("Status", "in transit")));
        assertEquals("Your parcel SF1234567890 is in transit.", SmsReplyChannel.smsText(
                new ReplyComposed.Reply("Your parcel SF1234567890 is in transit.", null, card), "en"));
    }

    @Test
    void smsConversationIsKeyedByThePhoneNumber() {
        assertEquals("sms:+8613800138000", PhoneNumbers.conversationId(
                PhoneNumbers.requireE164("From", " +8613800138000 ")));
        assertEquals("+8613800138000", PhoneNumbers.phoneOf("sms:+8613800138000"));
    }
}
