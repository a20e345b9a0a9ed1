package com.shopmate.bench.roundtrip;

/**
 * What an {@link EventRoundTrip} tells the bench about its requests and their answers; the bench decides which
 * answers count. Thread-safe: sends and answers arrive on different threads.
 */
public interface AnswerMatching<Q, A> {

    /** A request about to be sent; a warm-up one ({@code measured} false) is matched but not counted. */
    void sent(Q request, String conversationId, long intendedNanos, boolean measured);

    /** The request never reached Kafka: it will get no answer. */
    void sendFailed(String requestId, Throwable failure, long nowNanos);

    /**
     * @param key the answer's Kafka key, which must be the asking conversation's
     * @return false for an answer to no request of this run still waiting: another requester's, or a copy
     */
    boolean answered(String key, A answer, long doneNanos);

    /** A record on the answers topic that is not the expected answer event: whose it was cannot be told. */
    void unreadable();

    boolean waitingFor(String requestId);

    /** Every measured request has been answered or has failed. */
    boolean settled();
}
