package com.shopmate.bench.chaos;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The changes asked of the shop during the run and what became of them, read off the action topics: per order, the
 * distinct actionIds asked for it, and per actionId the outcomes answered. Kafka may deliver an event twice and
 * order-connector answers a repeated actionId with its stored completion: both are one change. Two actionIds
 * applied to one order are two changes.
 */
public final class ActionLedger {

    private final Map<String, Set<String>> actionsByOrder = new LinkedHashMap<>();
    private final Map<String, Set<String>> outcomesByAction = new LinkedHashMap<>();

    public synchronized void requested(String orderId, String actionId) {
        actionsByOrder.computeIfAbsent(orderId, o -> new LinkedHashSet<>()).add(actionId);
    }

    public synchronized void completed(String actionId, String outcome) {
        outcomesByAction.computeIfAbsent(actionId, a -> new LinkedHashSet<>()).add(outcome);
    }

    /** What the topics say of one order. */
    public synchronized ActionCount countFor(String orderId) {
        Set<String> actions = actionsByOrder.getOrDefault(orderId, Set.of());
        int applied = (int) actions.stream()
                .filter(a -> outcomesByAction.getOrDefault(a, Set.of()).contains("applied")).count();
        return new ActionCount(actions.size(), applied);
    }

    /**
     * @param asked   distinct actionIds asked for the order
     * @param applied of those, how many order-connector answered {@code applied}
     */
    public record ActionCount(int asked, int applied) {
    }
}
