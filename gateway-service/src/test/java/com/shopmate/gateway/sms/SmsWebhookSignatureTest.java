package com.shopmate.gateway.sms;

import com.shopmate.scenarios.SmsWebhookSigner;
import com.twilio.security.RequestValidator;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signer the scenarios, the CLI and the tests use and Twilio's validator the gateway checks with agree. */
class SmsWebhookSignatureTest {

    private static final Map<String, String> FORM = Map.of("From", "+8613800138000", "To", "+15005550006",
            "Body", "我的订单到哪了", "MessageSid", "SM0001");

    @Test
    void aSignedRequestIsValidAndAnyChangeIsNot() {
        String url = "http://127.0.0.1:8080/v1/sms/webhook";
        String signature = new SmsWebhookSigner("token").sign(url, FORM);
        RequestValidator validator = new RequestValidator("token");

        assertTrue(validator.validate(url, FORM, signature));
        assertFalse(validator.validate(url, Map.of("From", "+8613800138000", "To", "+15005550006",
                "Body", "我的订单到哪了!", "MessageSid", "SM0001"), signature), "body changed");
        assertFalse(validator.validate("http://127.0.0.1:8080/v1/sms/status", FORM, signature), "another URL");
        assertFalse(new RequestValidator("other").validate(url, FORM, signature), "another auth token");
    }

    @Test
    void thePublicUrlReplacesWhatTheGatewaySeesBehindAProxy() {
        URI seen = URI.create("http://10.0.0.7:8080/v1/sms/webhook?x=1");
        assertEquals("https://shop.example.com/v1/sms/webhook?x=1",
                SmsWebhookSignature.signedUrl(Optional.of("https://shop.example.com"), seen));
        assertEquals(seen.toString(), SmsWebhookSignature.signedUrl(Optional.empty(), seen));
    }
}
