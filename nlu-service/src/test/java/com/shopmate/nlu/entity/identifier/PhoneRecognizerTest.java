package com.shopmate.nlu.entity.identifier;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.shopmate.nlu.entity.Recognized.by;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PhoneRecognizerTest {

    private final PhoneRecognizer phones = new PhoneRecognizer("CN");

    @Test
    void aMainlandMobileNeedsNoCountryCode() {
        assertEquals(List.of("+8613800138000=13800138000"), by(phones, "手机号13800138000"));
        assertEquals(List.of("+8613800138000=138 0013 8000"), by(phones, "打138 0013 8000"));
    }

    @Test
    void plus86And0086FormsWithSpacesOrDashesAreTheSameNumber() {
        assertEquals(List.of("+8613800138000=+86 138-0013-8000"), by(phones, "打我电话+86 138-0013-8000"));
        assertEquals(List.of("+8613800138000=0086 13800138000"), by(phones, "0086 13800138000 是我的号码"));
    }

    @Test
    void internationalNumbersAreE164() {
        assertEquals(List.of("+14155552671=+1 415-555-2671"), by(phones, "call me at +1 415-555-2671."));
        assertEquals(List.of("+442079460958=+44 20 7946 0958"), by(phones, "London office +44 20 7946 0958"));
    }

    @Test
    void aLandlineCountsWithItsTrunkPrefix() {
        assertEquals(List.of("+861065529988=010-65529988"), by(phones, "座机010-65529988"));
    }

    @Test
    void datesOrderIdsAndShortNumbersAreNoPhones() {
        assertEquals(List.of(), by(phones, "2026-12-01 12/01 SO20261201001 7999元 12345"));
    }

    @Test
    void anotherHomeRegionReadsItsOwnNationalNumbers() {
        assertEquals(List.of("+14155552671=(415) 555-2671"), by(new PhoneRecognizer("US"), "call (415) 555-2671"));
    }

    @Test
    void anUnknownRegionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PhoneRecognizer("XX"));
    }
}
