package com.shopmate.bench.chaos;

/** What became of one message the load tried to send. */
public enum MessageOutcome {
    /** The gateway never accepted it, however often the client re-sent it: rejected, not lost. */
    NOT_ACCEPTED,
    /** Accepted (202), and no reply turn ever came. */
    LOST,
    /** Accepted, and exactly one reply turn came and the shopper's stream showed it at most once. */
    REPLIED_ONCE,
    /** Accepted, and more than one reply turn was composed for it, or the shopper's stream showed it twice. */
    DUPLICATED
}
