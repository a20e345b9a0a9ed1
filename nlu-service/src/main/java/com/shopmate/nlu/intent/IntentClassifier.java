package com.shopmate.nlu.intent;

import com.shopmate.nlu.entity.TrainedEntities;

/**
 * Decides what a shopper wants from one utterance. The keyword baseline implements it today; a trained model
 * replaces it behind this interface without the Kafka side noticing.
 */
public interface IntentClassifier {

    String OUT_OF_SCOPE = "out_of_scope";

    /** At most this many alternatives, as the IntentClassified schema allows. */
    int MAX_ALTERNATIVES = 3;

    /**
     * @param text     what the shopper wrote, as received
     * @param language {@code zh} or {@code en}, as detected
     */
    IntentPrediction classify(String text, String language);

    /** Recorded on every event, for audits and A/B comparison. */
    String modelVersion();

    /**
     * The model serving now, fixed, with the entity part trained with it. A classifier without training data (the
     * keyword baseline) has none: the built-in entity recognizers work alone.
     */
    default ServedModel served() {
        return new ServedModel(this, TrainedEntities.NONE);
    }
}
