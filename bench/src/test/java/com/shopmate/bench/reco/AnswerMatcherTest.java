package com.shopmate.bench.reco;

import com.shopmate.bench.stats.LatencyRecorder;
import com.shopmate.events.RecommendationRequested;
import com.shopmate.events.RecommendationRequested.Wanted;
import com.shopmate.events.RecommendationsReady;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerMatcherTest {

    private static final long MS = 1_000_000L;
    private static final String CONVERSATION = "bench-r1-7";

    private final AnswerMatcher matcher = new AnswerMatcher();

    @Test
    void okAndNone_areBothAnswers_matchedByRequestId_theirLatencyRecordedUnderTheRequestsKind() {
        matcher.sent(budget("r1"), CONVERSATION, 0, true);
        matcher.sent(similar("r2"), CONVERSATION, 0, true);
        matcher.sent(budget("r3"), CONVERSATION, 0, true);

        assertTrue(matcher.answered(CONVERSATION, answer("r2", "ok"), 30 * MS));
        assertTrue(matcher.answered(CONVERSATION, answer("r1", "none"), 10 * MS));

        AnswerFigures all = matcher.figures();
        assertEquals(3, all.latency().sent());
        assertEquals(2, all.latency().received());
        assertEquals(Map.of("ok", 1L, "none", 1L), all.outcomes());
        AnswerFigures budget = matcher.figuresByKind().get(RecoMix.BUDGET);
        assertEquals(1, budget.latency().received());
        assertEquals(10.0, budget.latency().p50Ms(), 0.1);
        assertEquals(1, budget.count("none"));
        assertEquals(0, budget.count("ok"));
        assertEquals(1, matcher.figuresByKind().get(RecoMix.SIMILAR).count("ok"));
        assertFalse(matcher.settled());
    }

    @Test
    void aRequestNeverAnswered_isLost() {
        matcher.sent(budget("r1"), CONVERSATION, 0, true);
        matcher.sent(budget("r2"), CONVERSATION, 0, true);
        matcher.answered(CONVERSATION, answer("r1", "ok"), MS);

        AnswerFigures all = matcher.figures();
        assertEquals(1, all.lost());
        assertEquals(Map.of(LatencyRecorder.NO_REPLY, 1L), all.latency().errorKinds());
        assertEquals(1, matcher.figuresByKind().get(RecoMix.BUDGET).lost());
        assertEquals(0, matcher.figuresByKind().get(RecoMix.SIMILAR).lost());
    }

    @Test
    void unavailable_isAFailureNamedAfterIt_andStillCountedAsAnOutcome() {
        matcher.sent(budget("r1"), CONVERSATION, 0, true);

        matcher.answered(CONVERSATION, answer("r1", "unavailable"), MS);

        AnswerFigures all = matcher.figures();
        assertEquals(0, all.latency().received());
        assertEquals(Map.of("outcome_unavailable", 1L), all.latency().errorKinds());
        assertEquals(List.of("ok", "none", "unavailable"), List.copyOf(all.outcomes().keySet()));
        assertEquals(1, all.count("unavailable"));
        assertEquals(0, all.lost());
        assertTrue(matcher.settled());
    }

    @Test
    void anotherRequestersAnswer_andASecondCopy_countForNothing() {
        matcher.sent(similar("r1"), CONVERSATION, 0, true);

        assertFalse(matcher.answered("dialogue-conversation", answer("utterance-9/reco", "ok"), MS));
        assertTrue(matcher.answered(CONVERSATION, answer("r1", "ok"), MS));
        assertFalse(matcher.answered(CONVERSATION, answer("r1", "ok"), 2 * MS));

        assertEquals(1, matcher.figures().latency().received());
        assertEquals(1, matcher.figures().count("ok"));
        assertEquals(0, matcher.figures().latency().errors());
    }

    @Test
    void anAnswerKeyedByAnotherConversation_isAFailure() {
        matcher.sent(similar("r1"), CONVERSATION, 0, true);

        matcher.answered("bench-r1-8", answer("r1", "ok"), MS);

        assertEquals(Map.of("wrong_key", 1L), matcher.figures().latency().errorKinds());
    }

    @Test
    void aRequestThatNeverReachedKafka_failsByTheProducersError() {
        matcher.sent(budget("r1"), CONVERSATION, 0, true);

        matcher.sendFailed("r1", new IllegalStateException("closed"), MS);

        assertEquals(Map.of("produce_IllegalStateException", 1L), matcher.figures().latency().errorKinds());
        assertFalse(matcher.waitingFor("r1"));
    }

    @Test
    void warmUpRequests_areMatchedButNotCounted() {
        matcher.sent(budget("w1"), CONVERSATION, 0, false);

        assertTrue(matcher.waitingFor("w1"));
        assertTrue(matcher.answered(CONVERSATION, answer("w1", "unavailable"), MS));

        assertFalse(matcher.waitingFor("w1"));
        assertEquals(0, matcher.figures().latency().sent());
        assertEquals(Map.of("ok", 0L, "none", 0L), matcher.figures().outcomes());
    }

    private static RecommendationRequested budget(String requestId) {
        return new RecommendationRequested(requestId, "asked", "zh", "C1001", null,
                new Wanted("phones", BigDecimal.valueOf(3000), null, null, null, null, List.of(), null),
                List.of(), List.of(), 3, "3000元以内的手机有推荐吗");
    }

    private static RecommendationRequested similar(String requestId) {
        return new RecommendationRequested(requestId, "asked", "en", null, null, null, List.of("SKU-10131"),
                List.of(), 3, "anything similar?");
    }

    private static RecommendationsReady answer(String requestId, String outcome) {
        return new RecommendationsReady(requestId, outcome, List.of(), "reco-1", null);
    }
}
