package com.shopmate.nlu.intent;

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
}
