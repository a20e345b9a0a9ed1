package com.shopmate.dialogue.context;

import com.shopmate.dialogue.emotion.ToneReading;

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
 * @param tones      the tone of the shopper's recent turns, oldest first
 * @param fallbacks  how many turns in a row the bot did not understand
 * @param handoff    where the conversation is with people: {@link #QUEUED} (handed over: a person answers, the bot
 *                   holds the shopper's messages for them), {@link #AWAITING_CONTACT} (a callback was offered: a
 *                   phone number files a ticket), or null (the bot answers)
 * @param offers     what recommendations remember: the wishes of the last ones ({@code category}, {@code maxPrice},
 *                   ...), the prices shown ({@code prices}), whether a cross-sell was made ({@code crossSold}) and an
 *                   opt-out heard in this conversation ({@code optedOut}); see {@code recommend.Wishes}
 */
public record Memory(String customerId, List<String> orders, List<String> products, List<String> shown,
                     String shownKind, FlowState flow, List<FlowState> suspended, String lastFlow,
                     List<ToneReading> tones, int fallbacks, String handoff, Map<String, String> offers) {

    public static final String QUEUED = "queued";
    public static final String AWAITING_CONTACT = "awaiting_contact";
    public static final Memory EMPTY = new Memory(null, List.of(), List.of(), List.of(), null, null, List.of(), null,
            List.of(), 0, null, Map.of());
    private static final int KEPT = 6;

    public Memory {
        orders = orders == null ? List.of() : List.copyOf(orders);
        products = products == null ? List.of() : List.copyOf(products);
        shown = shown == null ? List.of() : List.copyOf(shown);
        suspended = suspended == null ? List.of() : List.copyOf(suspended);
        tones = tones == null ? List.of() : List.copyOf(tones);
        offers = offers == null ? Map.of() : Map.copyOf(offers);
    }

    public Memory withOffers(Map<String, String> next) {
        return new Memory(customerId, orders, products, shown, shownKind, flow, suspended, lastFlow, tones, fallbacks,
                handoff, next);
    }

    public Memory withCustomer(String id) {
        return new Memory(id, orders, products, shown, shownKind, flow, suspended, lastFlow, tones, fallbacks, handoff,
                offers);
    }

    public Memory mentioningOrder(String orderId) {
        return new Memory(customerId, mostRecentFirst(orders, orderId), products, shown, shownKind, flow, suspended,
                lastFlow, tones, fallbacks, handoff, offers);
    }

    public Memory mentioningProduct(String sku) {
        return new Memory(customerId, orders, mostRecentFirst(products, sku), shown, shownKind, flow, suspended,
                lastFlow, tones, fallbacks, handoff, offers);
    }

    public Memory showing(String kind, List<String> ids) {
        return new Memory(customerId, orders, products, ids, kind, flow, suspended, lastFlow, tones, fallbacks, handoff,
                offers);
    }

    public Memory withFlow(FlowState next) {
        return new Memory(customerId, orders, products, shown, shownKind, next, suspended,
                next != null ? next.name() : lastFlow, tones, fallbacks, handoff, offers);
    }

    public Memory withSuspended(List<FlowState> next) {
        return new Memory(customerId, orders, products, shown, shownKind, flow, next, lastFlow, tones, fallbacks,
                handoff, offers);
    }

    /** This memory with the tone of one more shopper's turn, keeping the last {@code kept}. */
    public Memory feeling(ToneReading tone, int kept) {
        List<ToneReading> next = new ArrayList<>(tones);
        next.add(tone);
        return new Memory(customerId, orders, products, shown, shownKind, flow, suspended, lastFlow,
                next.subList(Math.max(0, next.size() - kept), next.size()), fallbacks, handoff, offers);
    }

    public Memory withFallbacks(int count) {
        return new Memory(customerId, orders, products, shown, shownKind, flow, suspended, lastFlow, tones, count,
                handoff, offers);
    }

    /** @param state {@link #QUEUED}, {@link #AWAITING_CONTACT} or null */
    public Memory withHandoff(String state) {
        return new Memory(customerId, orders, products, shown, shownKind, flow, suspended, lastFlow, tones, fallbacks,
                state, offers);
    }

    public boolean withPeople() {
        return QUEUED.equals(handoff);
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
