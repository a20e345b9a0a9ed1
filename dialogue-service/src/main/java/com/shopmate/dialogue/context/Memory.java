package com.shopmate.dialogue.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the flows remember between turns.
 *
 * @param customerId the customer an SMS sender's number belongs to, once looked up
 * @param orders     order numbers mentioned, most recent first (for "那个订单", "my other order")
 * @param products   SKUs mentioned, most recent first (for "it", "the other one")
 * @param shown      what the bot last listed for the shopper to pick from ("第二个"), in the order shown
 * @param shownKind  {@code order}, {@code item} or {@code product}: what {@code shown} lists
 * @param flow       the flow under way, or null
 * @param suspended  flows interrupted by another, most recent last, resumed when it ends
 * @param lastFlow   the flow that ran last, which a bare follow-up ("第二个呢？", "what about the other one?") continues
 */
public record Memory(String customerId, List<String> orders, List<String> products, List<String> shown,
                     String shownKind, FlowState flow, List<FlowState> suspended, String lastFlow) {

    public static final Memory EMPTY = new Memory(null, List.of(), List.of(), List.of(), null, null, List.of(), null);
    private static final int KEPT = 6;

    public Memory {
        orders = orders == null ? List.of() : List.copyOf(orders);
        products = products == null ? List.of() : List.copyOf(products);
        shown = shown == null ? List.of() : List.copyOf(shown);
        suspended = suspended == null ? List.of() : List.copyOf(suspended);
    }

    public Memory withCustomer(String id) {
        return new Memory(id, orders, products, shown, shownKind, flow, suspended, lastFlow);
    }

    public Memory mentioningOrder(String orderId) {
        return new Memory(customerId, mostRecentFirst(orders, orderId), products, shown, shownKind, flow, suspended,
                lastFlow);
    }

    public Memory mentioningProduct(String sku) {
        return new Memory(customerId, orders, mostRecentFirst(products, sku), shown, shownKind, flow, suspended,
                lastFlow);
    }

    public Memory showing(String kind, List<String> ids) {
        return new Memory(customerId, orders, products, ids, kind, flow, suspended, lastFlow);
    }

    public Memory withFlow(FlowState next) {
        return new Memory(customerId, orders, products, shown, shownKind, next, suspended,
                next != null ? next.name() : lastFlow);
    }

    public Memory withSuspended(List<FlowState> next) {
        return new Memory(customerId, orders, products, shown, shownKind, flow, next, lastFlow);
    }

    private static List<String> mostRecentFirst(List<String> ids, String id) {
        List<String> next = new ArrayList<>();
        next.add(id);
        ids.stream().filter(other -> !other.equals(id)).limit(KEPT - 1).forEach(next::add);
        return next;
    }

    /**
     * A flow under way: its name, an id fixed when it started (actions derive their actionId from it, so a
     * redelivered turn repeats none), the slots filled so far and the one it asked the shopper for.
     */
    public record FlowState(String name, String id, Map<String, String> slots, String awaiting) {
        public FlowState {
            slots = slots == null ? Map.of() : Map.copyOf(slots);
        }

        public FlowState with(String slot, String value) {
            Map<String, String> next = new HashMap<>(slots);
            if (value == null) {
                next.remove(slot);
            } else {
                next.put(slot, value);
            }
            return new FlowState(name, id, next, awaiting);
        }

        public FlowState awaiting(String slot) {
            return new FlowState(name, id, slots, slot);
        }

        public String slot(String name) {
            return slots.get(name);
        }
    }
}
