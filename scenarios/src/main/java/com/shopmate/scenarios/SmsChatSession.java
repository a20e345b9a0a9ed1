package com.shopmate.scenarios;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A shopper texting the shop: a signed inbound SMS through the provider webhook, the turn's replies (and whether it
 * handed over) read from the gateway's sandbox provider ({@link SandboxSmsShopper}).
 */
final class SmsChatSession implements ChatSession {

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    private final SandboxSmsShopper shopper;
    private final String gatewayUrl;
    private final Duration timeout;

    SmsChatSession(Gateway gateway, String phone, String authToken, Duration timeout) {
        this.shopper = new SandboxSmsShopper(gateway.url(), e164(phone), authToken);
        this.gatewayUrl = gateway.url();
        this.timeout = timeout;
    }

    /** The demo shop's numbers are bare mainland mobiles ({@code 13200489888}); SMS senders are E.164. */
    static String e164(String phone) {
        String digits = phone.replaceAll("[\\s()-]", "");
        if (digits.startsWith("+")) {
            return digits;
        }
        return MAINLAND_MOBILE.matcher(digits).matches() ? "+86" + digits : "+" + digits;
    }

    @Override
    public BotAnswer send(String text) {
        try {
            SandboxSmsShopper.Turn turn = shopper.send(text, timeout);
            if (turn.problem() != null) {
                return BotAnswer.none(turn.problem());
            }
            if (!turn.complete()) {
                return BotAnswer.none(turn.replies().isEmpty()
                        ? "no SMS reply within " + timeout.toSeconds() + " s"
                        : "the SMS reply was incomplete after " + timeout.toSeconds() + " s: " + turn.replies());
            }
            return BotAnswer.of(turn.replies(), turn.handoff());
        } catch (IOException e) {
            return BotAnswer.none("cannot reach the gateway at " + gatewayUrl + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return BotAnswer.none("interrupted");
        }
    }
}
