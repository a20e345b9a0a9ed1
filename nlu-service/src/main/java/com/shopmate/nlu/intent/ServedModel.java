package com.shopmate.nlu.intent;

import com.shopmate.nlu.entity.TrainedEntities;

import java.util.Objects;

/**
 * One model as served at one moment: its intent classifier, fixed, and the entity part trained from the same data.
 * An utterance is understood with one of these, so a reload in between never pairs new intents with old entities.
 */
public record ServedModel(IntentClassifier intents, TrainedEntities entities) {

    public ServedModel {
        Objects.requireNonNull(intents, "intents");
        Objects.requireNonNull(entities, "entities");
    }

    /** Recorded on the event: the intent model's version, and the entity model's when there is one. */
    public String version() {
        return intents.modelVersion();
    }
}
