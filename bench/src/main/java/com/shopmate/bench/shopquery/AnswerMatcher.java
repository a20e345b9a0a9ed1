package com.shopmate.bench.shopquery;

import com.shopmate.bench.stats.LatencyRecorder;
import com.shopmate.bench.stats.LatencySummary;
import com.shopmate.events.ShopQueryAnswered;
import com.shopmate.events.ShopQueryRequested;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Matches the answers read from {@code shop.query-answered.v1} to the queries this run sent, by {@code queryId}, and
 * counts each measured query once, overall and by kind: answered {@code ok} (its latency recorded), failed by its
 * outcome ({@code outcome_not_found}, …) or by what went wrong, or, at the end, {@code no_reply}. Every query of the
 * mix is valid, so any outcome but {@code ok} is a failure. Thread-safe: sends and answers arrive on different
 * threads.
 */
final class AnswerMatcher {

    static final String OK = "ok";

    private record Pending(String kind, String conversationId, long intendedNanos, boolean measured) {
    }

    private final ConcurrentMap<String, Pending> pending = new ConcurrentHashMap<>();
    private final LatencyRecorder all = new LatencyRecorder();
    private final Map<String, LatencyRecorder> byKind = new LinkedHashMap<>();
    private final AtomicLong unreadable = new AtomicLong();

    AnswerMatcher() {
        ShopQueryMix.KINDS.forEach(kind -> byKind.put(kind, new LatencyRecorder()));
    }

    /** A query about to be sent; a warm-up one ({@code measured} false) is matched but not counted. */
    void sent(ShopQueryRequested query, String conversationId, long intendedNanos, boolean measured) {
        pending.put(query.queryId(), new Pending(query.kind(), conversationId, intendedNanos, measured));
        if (measured) {
            all.sent(intendedNanos);
            recorder(query.kind()).sent(intendedNanos);
        }
    }

    /** The query never reached Kafka: it will get no answer. */
    void sendFailed(String queryId, Throwable failure, long nowNanos) {
        Pending query = pending.remove(queryId);
        if (query != null && query.measured()) {
            failed(query, "produce_" + failure.getClass().getSimpleName(), nowNanos);
        }
    }

    /**
     * @param key the answer's Kafka key, which must be the asking conversation's
     * @return false for an answer to no query of this run still waiting: another requester's (dialogue's), or a copy
     */
    boolean answered(String key, ShopQueryAnswered answer, long doneNanos) {
        Pending query = pending.remove(answer.queryId());
        if (query == null) {
            return false;
        }
        if (!query.measured()) {
            return true;
        }
        if (!OK.equals(answer.outcome())) {
            failed(query, "outcome_" + answer.outcome(), doneNanos);
        } else if (!query.kind().equals(answer.kind())) {
            failed(query, "wrong_kind", doneNanos);
        } else if (!query.conversationId().equals(key)) {
            // Keyed by another conversation, the answer would reach the conversation out of order.
            failed(query, "wrong_key", doneNanos);
        } else {
            all.received(query.intendedNanos(), doneNanos);
            recorder(query.kind()).received(query.intendedNanos(), doneNanos);
        }
        return true;
    }

    /** A record on the answers topic that is no {@code ShopQueryAnswered}: whose it was cannot be told. */
    void unreadable() {
        unreadable.incrementAndGet();
    }

    long unreadableCount() {
        return unreadable.get();
    }

    boolean waitingFor(String queryId) {
        return pending.containsKey(queryId);
    }

    /** Every measured query has been answered or has failed. */
    boolean settled() {
        return all.settled();
    }

    LatencySummary summary() {
        return all.summary();
    }

    /** By kind, in {@link ShopQueryMix#KINDS}' order. */
    Map<String, LatencySummary> summaryByKind() {
        Map<String, LatencySummary> summaries = new LinkedHashMap<>();
        byKind.forEach((kind, recorder) -> summaries.put(kind, recorder.summary()));
        return summaries;
    }

    private void failed(Pending query, String failure, long doneNanos) {
        all.failed(failure, doneNanos);
        recorder(query.kind()).failed(failure, doneNanos);
    }

    private LatencyRecorder recorder(String kind) {
        LatencyRecorder recorder = byKind.get(kind);
        if (recorder == null) {
            throw new IllegalArgumentException("a query of kind " + kind + " is not in the mix " + ShopQueryMix.KINDS);
        }
        return recorder;
    }
}
