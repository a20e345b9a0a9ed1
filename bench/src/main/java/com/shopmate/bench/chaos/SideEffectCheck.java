package com.shopmate.bench.chaos;

/**
 * One change a cancellation conversation asked for, checked after the run: on the action topics and in the shop.
 *
 * @param orderId     the order to cancel
 * @param reached     the conversation got a reply to both turns (the summary, then the confirmation)
 * @param actions     what the action topics say about the order
 * @param statusAfter the order's status in the shop after the run ({@code cancelled} when it happened); null when
 *                    the shop could not be asked
 */
public record SideEffectCheck(String orderId, boolean reached, ActionLedger.ActionCount actions, String statusAfter) {

    /** How often the change happened: 0, 1, or 2 for more than once. */
    public int times() {
        if (actions.applied() > 1) {
            return 2;
        }
        return actions.applied() == 1 && "cancelled".equals(statusAfter) ? 1 : 0;
    }

    /** The order was asked to change more than once: a second actionId, whatever the shop made of it. */
    public boolean askedTwice() {
        return actions.asked() > 1;
    }
}
