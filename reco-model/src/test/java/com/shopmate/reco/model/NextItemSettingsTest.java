package com.shopmate.reco.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NextItemSettingsTest {

    @Test
    void aDecayOutsideZeroToOne_isRefused_namingTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NextItemSettings(5, 1.5, 0, 10, 0.5, 0, 0, 1));
        assertTrue(e.getMessage().startsWith("distanceDecay"), e.getMessage());
    }

    @Test
    void anEmptyWindow_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NextItemSettings(0, 0.5, 0, 10, 0.5, 0, 0, 1));
    }
}
