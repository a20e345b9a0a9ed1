package com.shopmate.text.trainingdata;

import java.util.List;

/** An example's plain text with the entity spans its {@code [text](type)} annotations marked. */
public record AnnotatedText(String text, List<EntitySpan> entities) {

    public AnnotatedText {
        entities = List.copyOf(entities);
    }
}
