package com.shopmate.bench.chaos;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageLedgerTest {

    private static final long MS = 1_000_000;

    @Test
    void eachMessageIsCountedOnceInTheOutcomeItEndedIn() {
        var ledger = new MessageLedger();
        ledger.sending("m1", 0);
        ledger.accepted("m1");
        ledger.replied("m1", "e1", 40 * MS);
        ledger.pushed("m1");
        ledger.sending("m2", 0);
        ledger.accepted("m2");
        ledger.sending("m3", 0);
        ledger.accepted("m3");
        ledger.replied("m3", "e3", 50 * MS);
        ledger.replied("m3", "e3-again", 60 * MS);
        ledger.sending("m4", 0);
        ledger.rejected("m4", "connect_failed");
        ledger.rejected("m4", "http_503");

        Map<MessageOutcome, Long> outcomes = MessageLedger.countOutcomes(ledger.tallies());

        assertEquals(Map.of(MessageOutcome.REPLIED_ONCE, 1L, MessageOutcome.LOST, 1L, MessageOutcome.DUPLICATED, 1L,
                MessageOutcome.NOT_ACCEPTED, 1L), outcomes);
        assertEquals(Set.of("m2"), MessageLedger.withOutcome(ledger.tallies(), MessageOutcome.LOST));
        assertEquals(Map.of("connect_failed", 1L, "http_503", 1L), ledger.rejectionKinds());
    }

    @Test
    void aMessageRefusedThenAcceptedOnAResendCountsItsRefusalsAndItsReply() {
        var ledger = new MessageLedger();
        ledger.sending("m1", 0);
        ledger.rejected("m1", "connect_failed");
        ledger.sending("m1", 999 * MS);
        ledger.accepted("m1");
        ledger.replied("m1", "e1", 3_000 * MS);

        MessageTally tally = ledger.tallies().get("m1");

        assertEquals(new MessageTally(true, 1, 1, 1, 0), tally);
        assertEquals(MessageOutcome.REPLIED_ONCE, tally.outcome());
        // The delay runs from the first scheduled send: the shopper waited through the refusals too.
        assertEquals(3_000, ledger.longestDelayMs(), 0.001);
    }

    @Test
    void repliesToMessagesOfOtherRunsAreIgnored() {
        var ledger = new MessageLedger();
        ledger.replied("someone-else", "e1", MS);
        ledger.pushed("someone-else");

        assertTrue(ledger.tallies().isEmpty());
        assertEquals(0, ledger.longestDelayMs());
    }

    @Test
    void theDrainEndsOnlyOnceEveryAcceptedMessageHasAReply() {
        var ledger = new MessageLedger();
        ledger.sending("m1", 0);
        ledger.accepted("m1");
        ledger.sending("m2", 0);

        assertFalse(ledger.allAcceptedReplied());
        ledger.replied("m1", "e1", MS);
        assertTrue(ledger.allAcceptedReplied(), "m2 was never accepted: nothing to wait for");
    }

    @Test
    void theLongestDelayNamesItsMessage() {
        var ledger = new MessageLedger();
        ledger.sending("fast", 0);
        ledger.replied("fast", "e1", 20 * MS);
        ledger.sending("slow", 10 * MS);
        ledger.replied("slow", "e2", 5_010 * MS);

        assertEquals(5_000, ledger.longestDelayMs(), 0.001);
        assertEquals("slow", ledger.slowestMessage());
    }
}
