package com.shopmate.bench.reco;

import com.shopmate.bench.stats.LatencyRecorder;
import com.shopmate.bench.stats.LatencySummary;
import com.shopmate.events.RecommendationsReady;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one row of a reco report: the latencies and failures, and the outcomes of the answers that came.
 *
 * @param outcomes how many answers came with each outcome, {@code ok} and {@code none} always, then the others
 */
public record AnswerFigures(LatencySummary latency, Map<String, Long> outcomes) {

    /** The outcomes of an answer to an asked-for suggestion, in the order the report lists them. */
    static final List<String> KNOWN_OUTCOMES = List.of(RecommendationsReady.OK, RecommendationsReady.NONE,
            RecommendationsReady.UNAVAILABLE, RecommendationsReady.OPTED_OUT, RecommendationsReady.CAPPED);
    private static final Comparator<String> OUTCOME_ORDER = Comparator
            .comparingInt((String outcome) -> KNOWN_OUTCOMES.contains(outcome)
                    ? KNOWN_OUTCOMES.indexOf(outcome) : KNOWN_OUTCOMES.size())
            .thenComparing(Comparator.naturalOrder());

    public AnswerFigures {
        Map<String, Long> ordered = new LinkedHashMap<>();
        ordered.put(RecommendationsReady.OK, 0L);
        ordered.put(RecommendationsReady.NONE, 0L);
        outcomes.entrySet().stream().sorted(Map.Entry.comparingByKey(OUTCOME_ORDER))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        outcomes = Collections.unmodifiableMap(ordered);
    }

    public long count(String outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }

    /** Requests sent and never answered. */
    public long lost() {
        return latency.errorKinds().getOrDefault(LatencyRecorder.NO_REPLY, 0L);
    }
}
