package com.shopmate.bench.shopquery;

import com.shopmate.bench.roundtrip.AnswerMatching;
import com.shopmate.bench.roundtrip.RequestLedger;
import com.shopmate.bench.stats.LatencySummary;
import com.shopmate.events.ShopQueryAnswered;
import com.shopmate.events.ShopQueryRequested;

import java.util.Map;

/**
 * Matches the answers read from {@code shop.query-answered.v1} to the queries this run sent, by {@code queryId}, and
 * counts each measured query once, overall and by kind: answered {@code ok} (its latency recorded), failed by its
 * outcome ({@code outcome_not_found}, …) or by what went wrong, or, at the end, {@code no_reply}. Every query of the
 * mix is valid, so any outcome but {@code ok} is a failure. Thread-safe: sends and answers arrive on different
 * threads.
 */
final class AnswerMatcher implements AnswerMatching<ShopQueryRequested, ShopQueryAnswered> {

    static final String OK = "ok";

    private final RequestLedger ledger = new RequestLedger(ShopQueryMix.KINDS);

    @Override
    public void sent(ShopQueryRequested query, String conversationId, long intendedNanos, boolean measured) {
        ledger.sent(query.queryId(), query.kind(), conversationId, intendedNanos, measured);
    }

    @Override
    public void sendFailed(String queryId, Throwable failure, long nowNanos) {
        ledger.sendFailed(queryId, failure, nowNanos);
    }

    @Override
    public boolean answered(String key, ShopQueryAnswered answer, long doneNanos) {
        RequestLedger.Pending query = ledger.take(answer.queryId());
        if (query == null) {
            return false;
        }
        if (!query.measured()) {
            return true;
        }
        if (!OK.equals(answer.outcome())) {
            ledger.failed(query, "outcome_" + answer.outcome(), doneNanos);
        } else if (!query.kind().equals(answer.kind())) {
            ledger.failed(query, "wrong_kind", doneNanos);
        } else if (!query.conversationId().equals(key)) {
            // Keyed by another conversation, the answer would reach the conversation out of order.
            ledger.failed(query, "wrong_key", doneNanos);
        } else {
            ledger.received(query, doneNanos);
        }
        return true;
    }

    @Override
    public void unreadable() {
        ledger.unreadable();
    }

    long unreadableCount() {
        return ledger.unreadableCount();
    }

    @Override
    public boolean waitingFor(String queryId) {
        return ledger.waitingFor(queryId);
    }

    @Override
    public boolean settled() {
        return ledger.settled();
    }

    LatencySummary summary() {
        return ledger.summary();
    }

    /** By kind, in {@link ShopQueryMix#KINDS}' order. */
    Map<String, LatencySummary> summaryByKind() {
        return ledger.summaryByKind();
    }
}
