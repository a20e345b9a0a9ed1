package com.shopmate.bench.roundtrip;

import com.shopmate.events.EventPayload;

import java.util.function.Function;

/**
 * Where the requests of a request/answer bench go and how their answers come back.
 *
 * @param answerer     the service that answers, named in what the bench says when it gets no answer
 * @param requests     the run's requests, a pure function of their index
 * @param requestId    the id a request chose, which its answer carries back
 * @param answerId     the id an answer carries back
 * @param notReady     why an answer shows the answerer not yet ready to be measured, or null when it is ready
 */
public record RoundTripRoute<Q extends EventPayload, A extends EventPayload>(
        String answerer,
        String requestTopic,
        String answerTopic,
        Class<A> answerType,
        RequestMix<Q> requests,
        Function<Q, String> requestId,
        Function<A, String> answerId,
        Function<A, String> notReady) {

    /** Request {@code index} of a run, under the id its answer will carry back. */
    @FunctionalInterface
    public interface RequestMix<Q> {
        Q request(String requestId, long index);
    }
}
