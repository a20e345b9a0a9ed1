package com.shopmate.dialogue.handoff;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgentHoursTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static AgentHours at(String window, String utcInstant) {
        return AgentHours.parse(window, SHANGHAI, Clock.fixed(Instant.parse(utcInstant), ZoneOffset.UTC));
    }

    @Test
    void agentsAreInAtTenInTheMorningShopTime() {
        assertTrue(at("09:00–22:00", "2026-12-05T02:00:00Z").open());
    }

    @Test
    void agentsAreOutAtElevenAtNightShopTimeWhateverTheServersZone() {
        assertFalse(at("09:00–22:00", "2026-12-05T15:00:00Z").open());
    }

    @Test
    void theWindowClosesOnTheMinuteItNames() {
        assertTrue(at("09:00-22:00", "2026-12-05T13:59:59Z").open());
        assertFalse(at("09:00-22:00", "2026-12-05T14:00:00Z").open());
        assertTrue(at("09:00-22:00", "2026-12-05T01:00:00Z").open());
    }

    @Test
    void aWindowAcrossMidnightIsOpenOnBothSides() {
        assertTrue(at("20:00-02:00", "2026-12-05T17:00:00Z").open());
        assertFalse(at("20:00-02:00", "2026-12-05T04:00:00Z").open());
    }

    @Test
    void roundTheClockIsAlwaysOpen() {
        assertTrue(at("00:00-24:00", "2026-12-05T19:30:00Z").open());
    }

    @Test
    void hoursThatCannotBeReadStopTheService() {
        assertThrows(IllegalArgumentException.class, () -> at("mornings", "2026-12-05T02:00:00Z"));
    }

    @Test
    void tellsWhenAgentsStart() {
        assertEquals("09:00", at("09:00–22:00", "2026-12-05T02:00:00Z").opensAt());
    }
}
