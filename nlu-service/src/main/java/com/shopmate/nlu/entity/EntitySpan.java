package com.shopmate.nlu.entity;

import java.util.Objects;

/**
 * One entity a recognizer found, with {@code start} and {@code end} (exclusive) as offsets into
 * {@link EntityText#text()}, the normalised text; the extractor maps them back into what the shopper wrote.
 * A recognizer may give several spans of one type over the same words: they are alternatives, best first, and are
 * kept or dropped together.
 *
 * @param type        the entity's {@code type} in {@code IntentClassified}
 * @param specificity of its kind, when a rule's kind has the type (see {@link EntityKind}); else 0
 * @param confidence  the tagger's, in [0, 1]; {@code null} for the other sources
 */
public record EntitySpan(String type, String value, int start, int end, EntitySource source, int specificity,
                         Double confidence) {

    public EntitySpan {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
        }
    }

    /** A built-in recognizer's span. */
    public EntitySpan(EntityKind kind, String value, int start, int end) {
        this(kind.type(), value, start, end, EntitySource.RULE, kind.specificity(), null);
    }

    /** A span of a type the training data names, found by a lookup, a regex or the tagger. */
    public static EntitySpan trained(String type, String value, int start, int end, EntitySource source,
                                     Double confidence) {
        int specificity = EntityKind.ofType(type).map(EntityKind::specificity).orElse(0);
        return new EntitySpan(type, value, start, end, source, specificity, confidence);
    }

    public EntitySpan withValue(String newValue) {
        return new EntitySpan(type, newValue, start, end, source, specificity, confidence);
    }

    int length() {
        return end - start;
    }

    boolean sameWordsAs(EntitySpan other) {
        return type.equals(other.type) && start == other.start && end == other.end;
    }
}
