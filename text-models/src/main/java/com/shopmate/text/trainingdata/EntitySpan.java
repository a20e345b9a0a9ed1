package com.shopmate.text.trainingdata;

import java.util.Objects;

/**
 * An annotated entity in an example's plain text.
 *
 * @param start  first UTF-16 index of the entity in the plain text (what {@link String#substring} takes)
 * @param end    index after its last UTF-16 unit
 * @param entity the entity type, e.g. {@code order_id}
 * @param value  the normalised value ({@code black} for "黑的"); the text itself when the annotation gave none
 */
public record EntitySpan(int start, int end, String entity, String value) {

    public EntitySpan {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("entity span must have 0 <= start < end, got [" + start + ", " + end
                    + ")");
        }
    }

    /** The entity's text as written, cut from the example's plain text. */
    public String textIn(String text) {
        return text.substring(start, end);
    }
}
