package com.shopmate.gateway.sms;

import io.smallrye.config.ConfigMapping;

/** The SMS provider (Twilio's Messages API or any provider speaking it) and the shop's own number. */
@ConfigMapping(prefix = "shopmate.sms")
public interface SmsConfig {

    Provider provider();

    /** The shop's number: the From of every outbound message. */
    String fromNumber();

    Sandbox sandbox();

    interface Provider {
        String baseUrl();

        String accountSid();

        String authToken();
    }

    interface Sandbox {
        /** The built-in provider that records outbound messages instead of sending them. */
        boolean enabled();
    }
}
