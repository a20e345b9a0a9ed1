package com.shopmate.bench.chaos;

/**
 * What the bench saw of one message, at the end of the run.
 *
 * @param accepted     the gateway answered 202 (or 200) to it, on some attempt
 * @param rejections   attempts refused: 5xx, 409 (in flight), a refused or timed-out connection
 * @param replyTurns   distinct {@code ReplyComposed} events (by eventId) on the replies topic that answer it. Kafka
 *                     may deliver one event twice: that is one turn, and every consumer drops the copy; a second
 *                     eventId is a second answer
 * @param replyRecords records on the replies topic that answer it, copies included
 * @param streamPushes times the shopper's open WebSocket stream received a reply to it
 */
public record MessageTally(boolean accepted, int rejections, int replyTurns, int replyRecords, int streamPushes) {

    public MessageOutcome outcome() {
        if (!accepted) {
            return MessageOutcome.NOT_ACCEPTED;
        }
        if (replyTurns == 0) {
            return MessageOutcome.LOST;
        }
        if (replyTurns > 1 || streamPushes > 1) {
            return MessageOutcome.DUPLICATED;
        }
        return MessageOutcome.REPLIED_ONCE;
    }
}
