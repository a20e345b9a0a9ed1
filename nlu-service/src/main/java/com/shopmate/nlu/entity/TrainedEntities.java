package com.shopmate.nlu.entity;

import com.shopmate.text.entities.SynonymMap;

import java.util.List;
import java.util.Objects;

/**
 * The part of entity extraction that comes from the operator's training data, as one served model holds it: its
 * recognizers (known phrases, declared regexes, the tagger) and its synonyms, which normalise every entity's value,
 * the built-in recognizers' too. Swapped with the intent model on reload, never on its own.
 *
 * @param version the entity model's version, or empty for {@link #NONE}
 */
public record TrainedEntities(List<EntityRecognizer> recognizers, SynonymMap synonyms, String version) {

    /** No training data: the built-in recognizers alone. */
    public static final TrainedEntities NONE = new TrainedEntities(List.of(), SynonymMap.empty(), "");

    public TrainedEntities {
        recognizers = List.copyOf(recognizers);
        Objects.requireNonNull(synonyms, "synonyms");
        Objects.requireNonNull(version, "version");
    }

    /**
     * The value the synonyms give what {@code span} covers (黑的 → black), or its value's (dark → black), or its own.
     */
    EntitySpan normalised(EntitySpan span, EntityText text) {
        return synonyms.valueOf(text.text().substring(span.start(), span.end()))
                .or(() -> synonyms.valueOf(span.value()))
                .map(span::withValue)
                .orElse(span);
    }
}
