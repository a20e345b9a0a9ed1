package com.shopmate.bench.chaos;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessageTallyTest {

    @Test
    void aMessageTheGatewayNeverAcceptedIsRejectedNotLost() {
        assertEquals(MessageOutcome.NOT_ACCEPTED, new MessageTally(false, 12, 0, 0, 0).outcome());
    }

    @Test
    void anAcceptedMessageWithoutAReplyIsLost() {
        assertEquals(MessageOutcome.LOST, new MessageTally(true, 0, 0, 0, 0).outcome());
    }

    @Test
    void aMessageRefusedWhileTheGatewayWasDownThenAcceptedAndAnsweredIsRepliedOnce() {
        assertEquals(MessageOutcome.REPLIED_ONCE, new MessageTally(true, 3, 1, 1, 1).outcome());
    }

    @Test
    void aReplyNeverPushedOnAStreamIsStillAReply() {
        // The stream may have been down: the shopper's app reads the history then.
        assertEquals(MessageOutcome.REPLIED_ONCE, new MessageTally(true, 0, 1, 1, 0).outcome());
    }

    @Test
    void oneReplyEventKafkaDeliveredTwiceIsOneReply() {
        assertEquals(MessageOutcome.REPLIED_ONCE, new MessageTally(true, 0, 1, 2, 1).outcome());
    }

    @Test
    void twoReplyEventsForOneMessageAreADuplicate() {
        assertEquals(MessageOutcome.DUPLICATED, new MessageTally(true, 0, 2, 2, 1).outcome());
    }

    @Test
    void oneReplyEventPushedTwiceToTheShopperIsADuplicate() {
        assertEquals(MessageOutcome.DUPLICATED, new MessageTally(true, 0, 1, 1, 2).outcome());
    }
}
