package com.shopmate.bench.reco;

import com.shopmate.bench.roundtrip.AnswerMatching;
import com.shopmate.bench.roundtrip.RequestLedger;
import com.shopmate.events.RecommendationRequested;
import com.shopmate.events.RecommendationsReady;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Matches the answers read from {@code reco.recommendations-ready.v1} to the requests this run sent, by
 * {@code requestId}, and counts each measured request once, overall and by kind. {@code ok} (items) and {@code none}
 * (nothing in stock meets every wish) are both answers, their latency recorded; any other outcome
 * ({@code unavailable}: no catalogue read) is a failure named after it, as is an answer keyed by another
 * conversation ({@code wrong_key}), a request that never reached Kafka ({@code produce_<error>}) or, at the end, one
 * never answered ({@code no_reply}: lost). Each answer's outcome is counted too. Thread-safe: sends and answers
 * arrive on different threads.
 */
final class AnswerMatcher implements AnswerMatching<RecommendationRequested, RecommendationsReady> {

    private final RequestLedger ledger = new RequestLedger(RecoMix.KINDS);
    private final Map<String, Map<String, Long>> outcomesByKind = new LinkedHashMap<>();

    AnswerMatcher() {
        RecoMix.KINDS.forEach(kind -> outcomesByKind.put(kind, new TreeMap<>()));
    }

    @Override
    public void sent(RecommendationRequested request, String conversationId, long intendedNanos, boolean measured) {
        ledger.sent(request.requestId(), RecoMix.kindOf(request), conversationId, intendedNanos, measured);
    }

    @Override
    public void sendFailed(String requestId, Throwable failure, long nowNanos) {
        ledger.sendFailed(requestId, failure, nowNanos);
    }

    @Override
    public boolean answered(String key, RecommendationsReady answer, long doneNanos) {
        RequestLedger.Pending request = ledger.take(answer.requestId());
        if (request == null) {
            return false;
        }
        if (!request.measured()) {
            return true;
        }
        if (!request.conversationId().equals(key)) {
            // Keyed by another conversation, the answer would reach the conversation out of order.
            ledger.failed(request, "wrong_key", doneNanos);
            return true;
        }
        counted(request.kind(), answer.outcome());
        if (RecommendationsReady.OK.equals(answer.outcome()) || RecommendationsReady.NONE.equals(answer.outcome())) {
            ledger.received(request, doneNanos);
        } else {
            ledger.failed(request, "outcome_" + answer.outcome(), doneNanos);
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
    public boolean waitingFor(String requestId) {
        return ledger.waitingFor(requestId);
    }

    @Override
    public boolean settled() {
        return ledger.settled();
    }

    AnswerFigures figures() {
        Map<String, Long> all = new TreeMap<>();
        synchronized (outcomesByKind) {
            outcomesByKind.values().forEach(counts -> counts.forEach((outcome, n) -> all.merge(outcome, n, Long::sum)));
        }
        return new AnswerFigures(ledger.summary(), all);
    }

    /** By kind, in {@link RecoMix#KINDS}' order. */
    Map<String, AnswerFigures> figuresByKind() {
        Map<String, AnswerFigures> figures = new LinkedHashMap<>();
        synchronized (outcomesByKind) {
            ledger.summaryByKind().forEach((kind, latency) ->
                    figures.put(kind, new AnswerFigures(latency, new TreeMap<>(outcomesByKind.get(kind)))));
        }
        return figures;
    }

    private void counted(String kind, String outcome) {
        synchronized (outcomesByKind) {
            outcomesByKind.get(kind).merge(outcome, 1L, Long::sum);
        }
    }
}
