package com.shopmate.gateway.sms;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The SMS channel: the provider (Twilio's Messages API or any provider speaking it), the shop's number, and rules. */
@ConfigMapping(prefix = "shopmate.sms")
public interface SmsConfig {

    Provider provider();

    /** The shop's number: the From of every outbound message. */
    String fromNumber();

    /**
     * The gateway's public base URL as the provider calls it ({@code https://shop.example.com}): the webhook and
     * status URLs the provider signs are this plus their paths, and the StatusCallback of every send is built from
     * it. Unset, the URL is the request's own (right when nothing in front of the gateway rewrites it) and sends
     * carry no StatusCallback.
     */
    Optional<String> publicUrl();

    Keywords keywords();

    Inbound inbound();

    Outbound outbound();

    Sandbox sandbox();

    interface Provider {
        String baseUrl();

        String accountSid();

        /** Basic-auth password of the Messages API, and the key of the webhooks' signatures. */
        String authToken();
    }

    interface Keywords {
        /** Confirm STOP and START by SMS; off where the provider answers them itself (Twilio's default opt-out). */
        @WithDefault("true")
        boolean confirm();

        /** Named in the HELP answer. */
        String shopName();

        /** How to reach a person, in the HELP answer: a phone number, an address, a web page. */
        String support();
    }

    interface Inbound {
        /** Messages one number may send in a minute; the rest are refused (429) and not published. */
        @WithDefault("10")
        int maxPerMinute();
    }

    interface Outbound {
        /** Provider calls after the first one failed on something that may pass (5xx, 429, timeout, no connection). */
        @WithDefault("4")
        int retries();

        @WithDefault("200ms")
        Duration firstBackoff();

        @WithDefault("3s")
        Duration maxBackoff();

        /** Outbound messages (segments) one conversation may be sent within {@link #capWindow()}. */
        @WithDefault("30")
        int capPerConversation();

        @WithDefault("1H")
        Duration capWindow();

        /** How long what the provider said of each sent message (its status, what it answered) is kept. */
        @WithDefault("7D")
        Duration statusTtl();
    }

    interface Sandbox {
        /** The built-in provider that records outbound messages instead of sending them. */
        boolean enabled();
    }
}
