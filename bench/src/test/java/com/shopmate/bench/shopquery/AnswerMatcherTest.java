package com.shopmate.bench.shopquery;

import com.shopmate.bench.stats.LatencyRecorder;
import com.shopmate.bench.stats.LatencySummary;
import com.shopmate.events.ShopQueryAnswered;
import com.shopmate.events.ShopQueryRequested;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerMatcherTest {

    private static final long MS = 1_000_000L;
    private static final String CONVERSATION = "bench-r1-7";

    private final AnswerMatcher matcher = new AnswerMatcher();

    @Test
    void anOkAnswer_isMatchedByQueryId_andItsLatencyRecordedUnderItsKind() {
        matcher.sent(query("q1", "shipment"), CONVERSATION, 0, true);
        matcher.sent(query("q2", "product"), CONVERSATION, 0, true);

        assertTrue(matcher.answered(CONVERSATION, answer("q2", "product", "ok"), 30 * MS));

        LatencySummary all = matcher.summary();
        assertEquals(2, all.sent());
        assertEquals(1, all.received());
        assertEquals(30.0, all.p50Ms(), 0.1);
        assertEquals(1, matcher.summaryByKind().get("product").received());
        assertEquals(Map.of(LatencyRecorder.NO_REPLY, 1L), matcher.summaryByKind().get("shipment").errorKinds());
        assertFalse(matcher.settled());
    }

    @Test
    void anotherRequestersAnswer_andASecondCopy_countForNothing() {
        matcher.sent(query("q1", "order"), CONVERSATION, 0, true);

        assertFalse(matcher.answered("dialogue-conversation", answer("dialogue-q", "order", "ok"), MS));
        assertTrue(matcher.answered(CONVERSATION, answer("q1", "order", "ok"), MS));
        assertFalse(matcher.answered(CONVERSATION, answer("q1", "order", "ok"), 2 * MS));

        assertEquals(1, matcher.summary().received());
        assertEquals(0, matcher.summary().errors());
        assertTrue(matcher.settled());
    }

    @Test
    void anOutcomeOtherThanOk_isAFailureNamedAfterIt() {
        matcher.sent(query("q1", "order"), CONVERSATION, 0, true);
        matcher.sent(query("q2", "shipment"), CONVERSATION, 0, true);

        matcher.answered(CONVERSATION, answer("q1", "order", "not_owner"), MS);
        matcher.answered(CONVERSATION, answer("q2", "shipment", "unavailable"), MS);

        assertEquals(0, matcher.summary().received());
        assertEquals(Map.of("outcome_not_owner", 1L, "outcome_unavailable", 1L), matcher.summary().errorKinds());
        assertEquals(Map.of("outcome_not_owner", 1L), matcher.summaryByKind().get("order").errorKinds());
    }

    @Test
    void anAnswerKeyedByAnotherConversation_isAFailure() {
        matcher.sent(query("q1", "customer_orders"), CONVERSATION, 0, true);

        matcher.answered("bench-r1-8", answer("q1", "customer_orders", "ok"), MS);

        assertEquals(Map.of("wrong_key", 1L), matcher.summary().errorKinds());
    }

    @Test
    void aQueryThatNeverReachedKafka_failsByTheProducersError() {
        matcher.sent(query("q1", "product_search"), CONVERSATION, 0, true);

        matcher.sendFailed("q1", new IllegalStateException("closed"), MS);

        assertEquals(Map.of("produce_IllegalStateException", 1L), matcher.summary().errorKinds());
        assertFalse(matcher.waitingFor("q1"));
    }

    @Test
    void warmUpQueries_areMatchedButNotCounted() {
        matcher.sent(query("w1", "product"), CONVERSATION, 0, false);

        assertTrue(matcher.waitingFor("w1"));
        assertTrue(matcher.answered(CONVERSATION, answer("w1", "product", "not_found"), MS));

        assertFalse(matcher.waitingFor("w1"));
        assertEquals(0, matcher.summary().sent());
        assertEquals(0, matcher.summary().errors());
    }

    private static ShopQueryRequested query(String queryId, String kind) {
        return new ShopQueryRequested(queryId, "C1001", kind, "SO1", "SKU-1", "手机", null);
    }

    private static ShopQueryAnswered answer(String queryId, String kind, String outcome) {
        return new ShopQueryAnswered(queryId, kind, outcome, null, null, null, null, null);
    }
}
