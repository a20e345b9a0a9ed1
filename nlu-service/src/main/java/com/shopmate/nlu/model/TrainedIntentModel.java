package com.shopmate.nlu.model;

import com.shopmate.events.IntentClassified.IntentScore;
import com.shopmate.nlu.entity.TrainedEntities;
import com.shopmate.nlu.intent.IntentClassifier;
import com.shopmate.nlu.intent.IntentPrediction;
import com.shopmate.nlu.intent.ServedModel;
import com.shopmate.text.classifier.LabelScore;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.outofscope.OutOfScopeRule;

import java.util.ArrayList;
import java.util.List;

/** One loaded model, fixed: intents, the out-of-scope rule and the entity part trained from the same data. */
record TrainedIntentModel(TextClassifier model, OutOfScopeRule outOfScope, TrainedEntities entities,
                          String modelVersion) implements IntentClassifier {

    @Override
    public IntentPrediction classify(String text, String language) {
        List<LabelScore> ranked = model.predict(text);
        String intent = outOfScope.decide(ranked);
        double confidence = intent.equals(OUT_OF_SCOPE)
                ? Math.max(probabilityOf(ranked, OUT_OF_SCOPE), 1 - outOfScope.inScopeConfidence(ranked))
                : outOfScope.inScopeConfidence(ranked);
        List<IntentScore> alternatives = new ArrayList<>();
        for (LabelScore score : ranked) {
            if (alternatives.size() == MAX_ALTERNATIVES) {
                break;
            }
            if (!score.label().equals(intent)) {
                alternatives.add(new IntentScore(score.label(), score.probability()));
            }
        }
        return new IntentPrediction(intent, clamp(confidence), alternatives);
    }

    @Override
    public ServedModel served() {
        return new ServedModel(this, entities);
    }

    private static double probabilityOf(List<LabelScore> ranked, String label) {
        return ranked.stream().filter(s -> s.label().equals(label)).mapToDouble(LabelScore::probability).sum();
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
