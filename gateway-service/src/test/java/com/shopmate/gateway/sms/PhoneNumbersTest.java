package com.shopmate.gateway.sms;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhoneNumbersTest {

    @Test
    void smsConversationIsKeyedByThePhoneNumber() {
        assertEquals("sms:+8613800138000", PhoneNumbers.conversationId(
                PhoneNumbers.requireE164("From", " +8613800138000 ")));
        assertEquals("+8613800138000", PhoneNumbers.phoneOf("sms:+8613800138000"));
    }
}
