package com.shopmate.gateway.wechat;

import com.shopmate.errors.ApiException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PushSignatureTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    private final PushSignature signature = new PushSignature(Optional.of("shopmate-token"), Duration.ofMinutes(5),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void pushSignedAsWeChatDocumentsIsAccepted() {
        String timestamp = String.valueOf(NOW.getEpochSecond());
        // WeChat's recipe, by hand: sort token, timestamp and nonce, join them, SHA-1 in lower-case hex.
        String expected = WeChatSigning.sign("shopmate-token", timestamp, "84210");
        assertDoesNotThrow(() -> signature.verify(expected, timestamp, "84210"));
    }

    @Test
    void forgedSignatureIsRefusedWith403() {
        String timestamp = String.valueOf(NOW.getEpochSecond());
        ApiException refused = assertThrows(ApiException.class, () -> signature.verify(
                WeChatSigning.sign("another-token", timestamp, "1"), timestamp, "1"));
        assertEquals(403, refused.status());
        assertEquals("invalid_signature", refused.code());
    }

    @Test
    void signatureOfOtherParametersIsRefused() {
        String timestamp = String.valueOf(NOW.getEpochSecond());
        String forNonceOne = WeChatSigning.sign("shopmate-token", timestamp, "1");
        assertEquals(403, assertThrows(ApiException.class, () -> signature.verify(forNonceOne, timestamp, "2"))
                .status());
    }

    @Test
    void pushOlderThanTheReplayWindowIsRefusedEvenWhenSigned() {
        String sixMinutesAgo = String.valueOf(NOW.minus(Duration.ofMinutes(6)).getEpochSecond());
        assertEquals(403, assertThrows(ApiException.class, () -> signature.verify(
                WeChatSigning.sign("shopmate-token", sixMinutesAgo, "n"), sixMinutesAgo, "n")).status());
        String fourMinutesAgo = String.valueOf(NOW.minus(Duration.ofMinutes(4)).getEpochSecond());
        assertDoesNotThrow(() -> signature.verify(WeChatSigning.sign("shopmate-token", fourMinutesAgo, "n"),
                fourMinutesAgo, "n"));
    }

    @Test
    void missingParametersAreRefused() {
        assertEquals(403, assertThrows(ApiException.class, () -> signature.verify(null, "1", "2")).status());
    }

    @Test
    void withoutATokenTheChannelIsOff() {
        var off = new PushSignature(Optional.empty(), Duration.ofMinutes(5), Clock.systemUTC());
        assertEquals(404, assertThrows(ApiException.class, () -> off.verify("x", "1", "2")).status());
    }
}
