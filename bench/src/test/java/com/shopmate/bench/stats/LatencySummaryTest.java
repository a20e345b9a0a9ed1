package com.shopmate.bench.stats;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatencySummaryTest {

    private static final long MS = 1_000_000L;
    // HdrHistogram keeps 3 significant digits: a percentile is exact to 0.1 %.
    private static final double PRECISION = 0.001;

    @Test
    void percentilesOfOneToOneHundredMilliseconds() {
        var recorder = new LatencyRecorder();
        for (int ms = 1; ms <= 100; ms++) {
            recorder.sent(0);
            recorder.received(0, ms * MS);
        }

        LatencySummary s = recorder.summary();

        assertEquals(100, s.sent());
        assertEquals(100, s.received());
        assertEquals(0, s.errors());
        assertEquals(50.0, s.p50Ms(), 50 * PRECISION);
        assertEquals(90.0, s.p90Ms(), 90 * PRECISION);
        assertEquals(95.0, s.p95Ms(), 95 * PRECISION);
        assertEquals(99.0, s.p99Ms(), 99 * PRECISION);
        assertEquals(100.0, s.maxMs(), 100 * PRECISION);
    }

    @Test
    void aFewSlowRepliesShowInTheTailNotTheMedian() {
        var recorder = new LatencyRecorder();
        for (int i = 0; i < 1_000; i++) {
            recorder.sent(0);
            recorder.received(0, (i < 980 ? 10 : 2_000) * MS);
        }

        LatencySummary s = recorder.summary();

        assertEquals(10.0, s.p50Ms(), 10 * PRECISION);
        assertEquals(10.0, s.p95Ms(), 10 * PRECISION);
        assertEquals(2_000.0, s.p99Ms(), 2_000 * PRECISION);
    }

    @Test
    void oneSlowReplyInAThousandShowsAtP999() {
        var recorder = new LatencyRecorder();
        for (int i = 0; i < 1_000; i++) {
            recorder.sent(0);
            recorder.received(0, (i < 998 ? 10 : 3_000) * MS);
        }

        LatencySummary s = recorder.summary();

        assertEquals(10.0, s.p99Ms(), 10 * PRECISION);
        assertEquals(3_000.0, s.p999Ms(), 3_000 * PRECISION);
    }

    @Test
    void throughputIsReceivedOverFirstSendToLastReply() {
        var recorder = new LatencyRecorder();
        for (int i = 0; i < 200; i++) {
            long sentAt = i * 10 * MS;
            recorder.sent(sentAt);
            recorder.received(sentAt, sentAt + 5 * MS);
        }

        // 200 replies between 0 and 1.995 s
        assertEquals(200 / 1.995, recorder.summary().throughput(), 1e-9);
    }

    @Test
    void errorsAreCountedByKindAndUnansweredMessagesAsNoReply() {
        var recorder = new LatencyRecorder();
        for (int i = 0; i < 10; i++) {
            recorder.sent(0);
        }
        recorder.received(0, MS);
        recorder.failed("http_504", MS);
        recorder.failed("http_504", MS);
        recorder.failed("timeout", MS);

        LatencySummary s = recorder.summary();

        assertEquals(10, s.sent());
        assertEquals(1, s.received());
        assertEquals(9, s.errors());
        assertEquals(Map.of("http_504", 2L, "timeout", 1L, LatencyRecorder.NO_REPLY, 6L), s.errorKinds());
        assertTrue(!recorder.settled());
    }

    @Test
    void nothingReceivedGivesNoPercentiles() {
        var recorder = new LatencyRecorder();
        recorder.sent(0);
        recorder.failed("connect_failed", MS);

        LatencySummary s = recorder.summary();

        assertTrue(Double.isNaN(s.p50Ms()));
        assertTrue(Double.isNaN(s.maxMs()));
        assertEquals(0, s.throughput());
        assertTrue(recorder.settled());
    }

    @Test
    void ratioIsHowManyTimesSlowerAndUndefinedWithoutABaseline() {
        assertEquals(4.0, LatencySummary.ratio(20, 5));
        assertTrue(Double.isNaN(LatencySummary.ratio(20, 0)));
        assertTrue(Double.isNaN(LatencySummary.ratio(20, Double.NaN)));
        assertTrue(Double.isNaN(LatencySummary.ratio(Double.NaN, 5)));
    }
}
