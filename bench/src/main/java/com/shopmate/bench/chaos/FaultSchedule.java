package com.shopmate.bench.chaos;

import java.util.ArrayList;
import java.util.List;

/**
 * When each component is killed: one after the other, spread evenly over the load so that every fault has load
 * before and after it, and the last one ends well before the load does. A fault never starts before the one before
 * it has recovered and the platform had {@code settleSeconds} to catch up: two faults at once would blur which one
 * lost a reply.
 */
public final class FaultSchedule {

    /** The order faults come in: every service, then the broker and Redis, which every service depends on. */
    public static final List<String> COMPONENTS = List.of("gateway-service", "nlu-service", "sentiment-service",
            "dialogue-service", "order-connector", "recommendation-service", "agent-console", "kafka", "redis");

    private FaultSchedule() {
    }

    /**
     * @param components what to kill, in that order
     * @param loadSeconds how long the load runs; fault {@code i} of {@code n} is planned at
     *                    {@code loadSeconds * (i + 1) / (n + 1)}
     */
    public static List<PlannedFault> spread(List<String> components, int loadSeconds) {
        if (loadSeconds <= 0) {
            throw new IllegalArgumentException("the load must run for a positive time, got " + loadSeconds);
        }
        List<PlannedFault> faults = new ArrayList<>(components.size());
        int n = components.size();
        for (int i = 0; i < n; i++) {
            faults.add(new PlannedFault(components.get(i), (long) loadSeconds * (i + 1) / (n + 1)));
        }
        return List.copyOf(faults);
    }

    /**
     * The second a planned fault really starts: at its plan, but not before the previous component has been back
     * for {@code settleSeconds}.
     *
     * @param previousBackAtSecond when the previous component was healthy again (seconds since the load started);
     *                             negative when there was none
     */
    public static long startOf(PlannedFault fault, long previousBackAtSecond, int settleSeconds) {
        if (previousBackAtSecond < 0) {
            return fault.atSecond();
        }
        return Math.max(fault.atSecond(), previousBackAtSecond + settleSeconds);
    }
}
