package com.shopmate.nlu.entity;

/**
 * One entity a recognizer found, with {@code start} and {@code end} (exclusive) as offsets into
 * {@link EntityText#text()}, the normalised text; the extractor maps them back into what the shopper wrote.
 * A recognizer may give several spans of one kind over the same words: they are alternatives, best first, and are
 * kept or dropped together.
 */
public record EntitySpan(EntityKind kind, String value, int start, int end) {

    public EntitySpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
        }
    }

    int length() {
        return end - start;
    }

    boolean sameWordsAs(EntitySpan other) {
        return kind == other.kind && start == other.start && end == other.end;
    }
}
