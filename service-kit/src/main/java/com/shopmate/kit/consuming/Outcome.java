package com.shopmate.kit.consuming;

/** How the handling of one record ended: the {@code outcome} tag of {@code shopmate.events.consumed}. */
enum Outcome {
    /** Handled, on the first attempt or after retries. */
    HANDLED("handled"),
    /** Not an event of the expected type (bad JSON, wrong type, missing field): dead-lettered at once. */
    UNREADABLE("unreadable"),
    /** Still failing after the retries: dead-lettered. */
    DEAD_LETTERED("dead-lettered");

    final String tag;

    Outcome(String tag) {
        this.tag = tag;
    }
}
