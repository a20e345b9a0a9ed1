package com.shopmate.nlu.entity;

import com.shopmate.events.IntentClassified.Entity;

/**
 * What found an entity, most trusted first: of two spans over the same words the more trusted one stays, and a
 * tagger span only fills words no other span took (see {@link OverlapResolver}).
 */
public enum EntitySource {
    /** A built-in recognizer (phone, money, date, order id, colour, product...): its value has a fixed format. */
    RULE(Entity.RULE),
    /** A phrase the training data lists: a lookup table's value, a synonym, an annotated example's value. */
    LOOKUP(Entity.LOOKUP),
    /** A pattern the training data declares under {@code regexes}. */
    REGEX(Entity.REGEX),
    /** The tagger learned from the annotated examples: a guess from context, with a confidence. */
    TAGGER(Entity.TAGGER);

    private final String eventName;

    EntitySource(String eventName) {
        this.eventName = eventName;
    }

    /** The entity's {@code source} in {@code IntentClassified.Entity}. */
    public String eventName() {
        return eventName;
    }
}
