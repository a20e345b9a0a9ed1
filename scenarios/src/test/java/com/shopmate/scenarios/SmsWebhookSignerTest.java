package com.shopmate.scenarios;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SmsWebhookSignerTest {

    @Test
    void signatureIsTwiliosWorkedExample() {
        // Twilio's documented example (webhooks security): this URL, these fields, token 12345.
        Map<String, String> form = new LinkedHashMap<>();
        form.put("CallSid", "CA1234567890ABCDE");
        form.put("Caller", "+12349013030");
        form.put("Digits", "1234");
        form.put("From", "+12349013030");
        form.put("To", "+18005551212");
        assertEquals("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", new SmsWebhookSigner("12345")
                .sign("https://mycompany.com/myapp.php?foo=1&bar=2", form));
    }

    @Test
    void anyChangedFieldChangesTheSignature() {
        SmsWebhookSigner signer = new SmsWebhookSigner("secret");
        String url = "http://127.0.0.1:8080/v1/sms/webhook";
        assertNotEquals(signer.sign(url, Map.of("Body", "hi", "From", "+8613800138000")),
                signer.sign(url, Map.of("Body", "hi!", "From", "+8613800138000")));
    }
}
