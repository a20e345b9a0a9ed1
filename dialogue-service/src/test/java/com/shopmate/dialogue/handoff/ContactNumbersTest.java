package com.shopmate.dialogue.handoff;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContactNumbersTest {

    @Test
    void aMainlandMobileIsReadAsE164() {
        assertEquals(Optional.of("+8613800138000"), ContactNumbers.in("我的电话是13800138000，尽快回电"));
        assertEquals(Optional.of("+8613800138000"), ContactNumbers.in("call +86 138 0013 8000 please"));
    }

    @Test
    void anOrderNumberIsNoPhoneNumber() {
        assertEquals(Optional.empty(), ContactNumbers.in("订单SO2026112185209"));
        assertEquals(Optional.empty(), ContactNumbers.in("不用了"));
    }

    @Test
    void theNumberIsRepeatedBackMasked() {
        assertEquals("138****8000", ContactNumbers.masked("+8613800138000"));
    }
}
