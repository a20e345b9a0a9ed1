package com.shopmate.bench.roundtrip;

import com.shopmate.bench.stats.LatencyRecorder;
import com.shopmate.bench.stats.LatencySummary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The requests of a run waiting for their answers, and what became of the measured ones, overall and by kind:
 * answered (the latency recorded), failed (under a name the bench gives), or, at the end, {@code no_reply}.
 * Thread-safe: sends and answers arrive on different threads.
 */
public final class RequestLedger {

    /** A request sent and not answered yet; a warm-up one ({@code measured} false) is matched but not counted. */
    public record Pending(String kind, String conversationId, long intendedNanos, boolean measured) {
    }

    private final List<String> kinds;
    private final ConcurrentMap<String, Pending> pending = new ConcurrentHashMap<>();
    private final LatencyRecorder all = new LatencyRecorder();
    private final Map<String, LatencyRecorder> byKind = new LinkedHashMap<>();
    private final AtomicLong unreadable = new AtomicLong();

    /** @param kinds every kind of request the mix sends, in the order the reports list them */
    public RequestLedger(List<String> kinds) {
        this.kinds = List.copyOf(kinds);
        kinds.forEach(kind -> byKind.put(kind, new LatencyRecorder()));
    }

    public void sent(String requestId, String kind, String conversationId, long intendedNanos, boolean measured) {
        LatencyRecorder recorder = recorder(kind);
        pending.put(requestId, new Pending(kind, conversationId, intendedNanos, measured));
        if (measured) {
            all.sent(intendedNanos);
            recorder.sent(intendedNanos);
        }
    }

    /** The request never reached Kafka: it will get no answer. */
    public void sendFailed(String requestId, Throwable failure, long nowNanos) {
        Pending request = pending.remove(requestId);
        if (request != null && request.measured()) {
            failed(request, "produce_" + failure.getClass().getSimpleName(), nowNanos);
        }
    }

    /**
     * The request an answer is for, which waits no longer.
     *
     * @return null when no request of this run with that id still waits: another requester's answer, or a copy
     */
    public Pending take(String requestId) {
        return pending.remove(requestId);
    }

    /** A measured request answered as it should be. */
    public void received(Pending request, long doneNanos) {
        all.received(request.intendedNanos(), doneNanos);
        byKind.get(request.kind()).received(request.intendedNanos(), doneNanos);
    }

    /** A measured request that failed; {@code failure} names how, as the report will. */
    public void failed(Pending request, String failure, long doneNanos) {
        all.failed(failure, doneNanos);
        byKind.get(request.kind()).failed(failure, doneNanos);
    }

    public void unreadable() {
        unreadable.incrementAndGet();
    }

    public long unreadableCount() {
        return unreadable.get();
    }

    public boolean waitingFor(String requestId) {
        return pending.containsKey(requestId);
    }

    /** Every measured request has been answered or has failed. */
    public boolean settled() {
        return all.settled();
    }

    public LatencySummary summary() {
        return all.summary();
    }

    /** By kind, in the order of the kinds given. */
    public Map<String, LatencySummary> summaryByKind() {
        Map<String, LatencySummary> summaries = new LinkedHashMap<>();
        byKind.forEach((kind, recorder) -> summaries.put(kind, recorder.summary()));
        return summaries;
    }

    private LatencyRecorder recorder(String kind) {
        LatencyRecorder recorder = byKind.get(kind);
        if (recorder == null) {
            throw new IllegalArgumentException("a request of kind " + kind + " is not in the mix " + kinds);
        }
        return recorder;
    }
}
