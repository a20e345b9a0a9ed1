package com.shopmate.kit.privacy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonalDataTest {

    @Test
    void aMainlandNumberShowsItsFirstThreeAndLastFourDigits_asThePrivacyPolicySays() {
        assertEquals("138****5678", PersonalData.maskPhone("13812345678"));
        assertEquals("+86138****5678", PersonalData.maskPhone("+8613812345678"));
        assertEquals("+141****1234", PersonalData.maskPhone("+14155551234"));
    }

    @Test
    void anSmsConversationsIdIsLoggedWithItsNumberMasked_otherIdsAsTheyAre() {
        assertEquals("sms:+86138****5678", PersonalData.conversationForLogs("sms:+8613812345678"));
        assertEquals("web-3f2a", PersonalData.conversationForLogs("web-3f2a"));
    }
}
