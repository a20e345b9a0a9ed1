package com.shopmate.bench.chaos;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SideEffectCheckTest {

    @Test
    void aCancellationAskedOnceAndRedeliveredIsOneChange() {
        var actions = new ActionLedger();
        actions.requested("SO1", "a1");
        actions.requested("SO1", "a1");
        actions.completed("a1", "applied");
        actions.completed("a1", "applied");

        var check = new SideEffectCheck("SO1", true, actions.countFor("SO1"), "cancelled");

        assertEquals(new ActionLedger.ActionCount(1, 1), check.actions());
        assertEquals(1, check.times());
        assertFalse(check.askedTwice());
    }

    @Test
    void twoActionsAppliedToOneOrderAreTwoChanges() {
        var actions = new ActionLedger();
        actions.requested("SO1", "a1");
        actions.requested("SO1", "a2");
        actions.completed("a1", "applied");
        actions.completed("a2", "applied");

        assertEquals(2, new SideEffectCheck("SO1", true, actions.countFor("SO1"), "cancelled").times());
    }

    @Test
    void aSecondActionTheShopRefusedIsOneChangeAskedTwice() {
        var actions = new ActionLedger();
        actions.requested("SO1", "a1");
        actions.requested("SO1", "a2");
        actions.completed("a1", "applied");
        actions.completed("a2", "refused");

        var check = new SideEffectCheck("SO1", true, actions.countFor("SO1"), "cancelled");

        assertEquals(1, check.times());
        assertTrue(check.askedTwice());
    }

    @Test
    void anActionOnlyAnsweredUnavailableChangedNothing() {
        var actions = new ActionLedger();
        actions.requested("SO1", "a1");
        actions.completed("a1", "unavailable");

        assertEquals(0, new SideEffectCheck("SO1", false, actions.countFor("SO1"), "paid").times());
    }

    @Test
    void anOrderNobodyAskedAboutChangedNothing() {
        assertEquals(0, new SideEffectCheck("SO9", false, new ActionLedger().countFor("SO9"), "paid").times());
    }
}
