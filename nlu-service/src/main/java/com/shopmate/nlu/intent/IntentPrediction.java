package com.shopmate.nlu.intent;

import com.shopmate.events.IntentClassified.IntentScore;

import java.util.List;

/** The top intent with its confidence in [0, 1], and the next best ones, best first. */
public record IntentPrediction(String intent, double confidence, List<IntentScore> alternatives) {

    public IntentPrediction {
        alternatives = List.copyOf(alternatives);
    }
}
