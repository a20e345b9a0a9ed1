package com.shopmate.gateway.wechat;

import com.shopmate.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import me.chanjar.weixin.common.util.crypto.SHA1;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * WeChat signs every push with the account's Token: {@code signature} = SHA1 of token, timestamp and nonce sorted
 * and joined. A push that is not so signed, or whose timestamp is outside the replay window, is refused with 403.
 * The signature does not cover the body in plain-text mode: safe mode (msg_signature) is what protects the body.
 */
@ApplicationScoped
public class PushSignature {

    private static final Logger LOG = Logger.getLogger(PushSignature.class);

    private final Optional<String> token;
    private final Duration replayWindow;
    private final Clock clock;

    @Inject
    PushSignature(WeChatConfig config) {
        this(config.token(), config.replayWindow(), Clock.systemUTC());
    }

    PushSignature(Optional<String> token, Duration replayWindow, Clock clock) {
        this.token = token.filter(t -> !t.isBlank());
        this.replayWindow = replayWindow;
        this.clock = clock;
    }

    /** @throws ApiException 404 when no Token is configured, 403 when the push is forged or stale */
    void verify(String signature, String timestamp, String nonce) {
        String token = this.token.orElseThrow(() -> new ApiException(404, "not_found",
                "the WeChat channel is off: no token is configured (shopmate.wechat.token)"));
        if (signature == null || timestamp == null || nonce == null) {
            throw refused("missing signature, timestamp or nonce");
        }
        String expected = SHA1.gen(token, timestamp, nonce);
        // Constant time: how much of a guess matched must not show in how long the refusal takes.
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            throw refused("signature does not match the token");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw refused("timestamp is not a number");
        }
        Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        if (age.compareTo(replayWindow) > 0) {
            throw refused("timestamp is " + age.toSeconds() + " s away from now, outside the replay window of "
                    + replayWindow.toSeconds() + " s");
        }
    }

    private static ApiException refused(String reason) {
        LOG.warnf("WeChat push refused: %s", reason);
        return new ApiException(403, "invalid_signature", "the request is not signed by WeChat with this account's"
                + " token, or is too old");
    }
}
