package com.shopmate.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The channel an utterance arrived on; its reply goes back on the same one. */
public enum Channel {
    APP, WEB, SMS;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Channel fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
