package com.shopmate.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TraceParentTest {

    private static final String VALID = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void wellFormedHeaderIsKept() {
        assertEquals(VALID, TraceParent.validOrNull(VALID));
        assertEquals("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
                TraceParent.validOrNull("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "garbage",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
            "00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01",
            "00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0\u202e",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1"})
    void malformedHeaderIsDropped(String header) {
        assertNull(TraceParent.validOrNull(header), header);
    }

    @Test
    void missingOrOversizedHeaderIsDropped() {
        assertNull(TraceParent.validOrNull(null));
        assertNull(TraceParent.validOrNull(VALID.repeat(1000)));
    }

    @Test
    void eventNeverCarriesAMalformedTraceparent() {
        var envelope = EventEnvelope.of(new UtteranceReceived("m1", "hi", "en", null), "c1", "demo", Channel.APP,
                "x".repeat(10_000));

        assertNull(envelope.traceparent());
    }
}
