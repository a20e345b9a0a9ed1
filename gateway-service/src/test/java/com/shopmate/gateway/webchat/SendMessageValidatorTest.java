package com.shopmate.gateway.webchat;

import com.shopmate.errors.ApiException;
import com.shopmate.events.Channel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SendMessageValidatorTest {

    @Test
    void chineseTextOfTwoThousandCharactersIsAccepted() {
        assertDoesNotThrow(() -> SendMessageValidator.validate(new SendMessageRequest(null, "好".repeat(2000), "zh-CN")));
    }

    @Test
    void textLengthCountsCharactersNotUtf16Units() {
        // 2,000 emoji are 4,000 UTF-16 units but 2,000 characters a shopper typed.
        assertDoesNotThrow(() -> SendMessageValidator.validate(new SendMessageRequest(null, "😀".repeat(2000), null)));
        assertEquals("text_too_long", refusal(new SendMessageRequest(null, "😀".repeat(2001), null)));
    }

    @Test
    void blankTextIsRefused() {
        assertEquals("empty_text", refusal(new SendMessageRequest(null, "  \n ", null)));
    }

    @Test
    void oddMessageIdIsRefused() {
        assertEquals("invalid_message_id", refusal(new SendMessageRequest("../../etc", "hi", null)));
    }

    @Test
    void localeMustBeALanguageTag() {
        assertEquals("invalid_locale", refusal(new SendMessageRequest(null, "hi", "<script>")));
        assertDoesNotThrow(() -> SendMessageValidator.validate(new SendMessageRequest(null, "hi", "zh-Hans-CN")));
    }

    @Test
    void theWidgetsMessagesAreOnTheWebChannelAndAnAppsOnTheAppChannel() {
        assertEquals(Channel.WEB, SendMessageValidator.channel(new SendMessageRequest(null, "hi", null, "web")));
        assertEquals(Channel.APP, SendMessageValidator.channel(new SendMessageRequest(null, "hi", null, "app")));
        assertEquals(Channel.APP, SendMessageValidator.channel(new SendMessageRequest(null, "hi", null)));
    }

    @Test
    void aChatClientCannotClaimAnotherChannel() {
        for (String other : new String[] {"sms", "WEB", "whatsapp", ""}) {
            assertEquals("invalid_channel", refusal(new SendMessageRequest(null, "hi", null, other)), other);
        }
    }

    @Test
    void waitAboveTheMaximumIsRefused() {
        assertEquals(10, SendMessageValidator.waitSeconds("10", 10));
        assertEquals(0, SendMessageValidator.waitSeconds(null, 10));
        var e = assertThrows(ApiException.class, () -> SendMessageValidator.waitSeconds("11", 10));
        assertEquals("invalid_wait", e.code());
        assertThrows(ApiException.class, () -> SendMessageValidator.waitSeconds("soon", 10));
    }

    private static String refusal(SendMessageRequest request) {
        return assertThrows(ApiException.class, () -> SendMessageValidator.validate(request)).code();
    }
}
