package com.shopmate.text.trainingdata;

import java.util.List;
import java.util.Objects;

/**
 * One training sentence: the plain text (annotations stripped), its intent, its language and its entity spans.
 *
 * @param entities in text order, not overlapping, each inside {@code text}
 */
public record IntentExample(String text, String intent, String language, List<EntitySpan> entities) {

    public IntentExample {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(language, "language");
        entities = List.copyOf(entities);
        int previousEnd = 0;
        for (EntitySpan span : entities) {
            if (span.start() < previousEnd || span.end() > text.length()) {
                throw new IllegalArgumentException("entity " + span + " overlaps another or lies outside \"" + text
                        + "\"");
            }
            previousEnd = span.end();
        }
    }

    public IntentExample(String text, String intent, String language) {
        this(text, intent, language, List.of());
    }
}
