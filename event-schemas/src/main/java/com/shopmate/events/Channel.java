package com.shopmate.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Locale;

/**
 * The channel an utterance arrived on; its reply goes back on the same one. A value rather than an enum: a channel
 * added later ({@code whatsapp}) is an additive change, so a consumer that does not know it still reads the event,
 * keeps the wire name and writes it back unchanged. Whether it can do anything on that channel is its own decision
 * ({@link #isKnown()}).
 *
 * @param wireName the name in the envelope's {@code channel} field, lower case for the known channels
 */
public record Channel(String wireName) {

    // Declared before the constants, which the constructor below normalises against.
    private static final List<String> KNOWN_NAMES = List.of("app", "web", "sms", "wechat");

    /** The shop's own app chat (REST + WebSocket); what a client that names no channel gets. */
    public static final Channel APP = new Channel("app");
    /** The web chat widget the gateway serves (REST + WebSocket). */
    public static final Channel WEB = new Channel("web");
    /** SMS through a Twilio-compatible provider. */
    public static final Channel SMS = new Channel("sms");
    /** A WeChat official account (公众号): the shopper writes from WeChat, keyed by their openid. */
    public static final Channel WECHAT = new Channel("wechat");
    /** Every channel this version of the contract names, as docs/events.md lists them. */
    public static final List<Channel> KNOWN = List.of(APP, WEB, SMS, WECHAT);

    /** A known channel's name in any case is the known channel ({@code APP} is {@code app}); others stay as written. */
    public Channel {
        if (wireName == null || wireName.isBlank()) {
            throw new IllegalArgumentException("missing required field 'channel'");
        }
        String lowerCase = wireName.toLowerCase(Locale.ROOT);
        if (KNOWN_NAMES.contains(lowerCase)) {
            wireName = lowerCase;
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Channel of(String wireName) {
        return new Channel(wireName);
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Whether this version of the contract names the channel; a consumer tolerates one it does not. */
    public boolean isKnown() {
        return KNOWN_NAMES.contains(wireName);
    }

    @Override
    public String toString() {
        return wireName;
    }
}
