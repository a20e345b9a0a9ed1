package com.shopmate.scenarios;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Signs a webhook request as the SMS provider does: Twilio's {@code X-Twilio-Signature}, the Base64 HMAC-SHA1, keyed
 * with the account's auth token, of the URL the provider calls followed by each form field's name and value, sorted
 * by name. The gateway refuses unsigned webhooks, so whatever plays the provider (the scenarios, {@code ./shopmate
 * sms}, the end-to-end tests) signs with this, with the auth token the gateway was given.
 */
public final class SmsWebhookSigner {

    public static final String HEADER = "X-Twilio-Signature";

    private final String authToken;

    public SmsWebhookSigner(String authToken) {
        if (authToken == null || authToken.isBlank()) {
            throw new IllegalArgumentException("an SMS provider auth token is needed to sign webhooks");
        }
        this.authToken = authToken;
    }

    /** The signature of a POST of {@code form} to {@code url}, exactly as the gateway is reached (or configured). */
    public String sign(String url, Map<String, String> form) {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(form).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    /** The form as an {@code application/x-www-form-urlencoded} body. */
    public static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }
}
