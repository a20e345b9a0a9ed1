package com.shopmate.text.entities;

import java.util.Objects;

/**
 * One known way of writing an entity: {@code phrase} (as shoppers write it) stands for {@code value} of
 * {@code type}.
 *
 * @param origin where the training data said so; the service may trust the origins differently
 */
public record GazetteerEntry(String type, String phrase, String value, Origin origin) {

    /** Where an entry comes from in the training data. */
    public enum Origin {
        /** A value of a lookup table. */
        LOOKUP,
        /** An alias of a synonym whose value or other aliases are known for the type. */
        SYNONYM,
        /** An entity annotated in an example. */
        EXAMPLE
    }

    public GazetteerEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
        if (phrase == null || phrase.isBlank()) {
            throw new IllegalArgumentException("a " + type + " entry without a phrase");
        }
    }
}
