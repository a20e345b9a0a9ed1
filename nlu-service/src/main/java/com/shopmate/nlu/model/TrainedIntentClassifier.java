package com.shopmate.nlu.model;

import com.shopmate.events.IntentClassified.IntentScore;
import com.shopmate.nlu.intent.IntentClassifier;
import com.shopmate.nlu.intent.IntentConfig;
import com.shopmate.nlu.intent.IntentPrediction;
import com.shopmate.text.classifier.LabelScore;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.outofscope.OutOfScopeRule;
import com.shopmate.text.training.IntentModels;
import com.shopmate.text.trainingdata.TrainingDataLoader;
import com.shopmate.text.trainingdata.TrainingDataSource;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The trained intent model (sentence embedding + n-grams into a softmax, see text-models). It serves the newest
 * artifact of {@code shopmate.nlu.model.dir}, or, when there is none, a model trained at start from the built-in
 * pack. {@link #reload()} swaps in a new model while utterances keep being classified by the old one.
 */
@Singleton
public class TrainedIntentClassifier implements IntentClassifier {

    private static final Logger LOG = Logger.getLogger(TrainedIntentClassifier.class);

    private record Serving(TextClassifier model, OutOfScopeRule outOfScope, String version) {
    }

    private final IntentModelConfig config;
    private final double outOfScopeThreshold;
    private final AtomicReference<Serving> serving = new AtomicReference<>();

    public TrainedIntentClassifier(IntentModelConfig config, IntentConfig intents) {
        // The encoders' tokenizers must never try the network.
        System.setProperty("ai.djl.offline", "true");
        this.config = config;
        this.outOfScopeThreshold = intents.outOfScopeThreshold();
        serving.set(load());
    }

    /** Loads the newest model (or trains the built-in one) and serves it from now on; returns its version. */
    public synchronized String reload() {
        Serving next = load();
        serving.set(next);
        return next.version();
    }

    @Override
    public IntentPrediction classify(String text, String language) {
        Serving now = serving.get();
        List<LabelScore> ranked = now.model().predict(text);
        String intent = now.outOfScope().decide(ranked);
        double confidence = intent.equals(OUT_OF_SCOPE)
                ? Math.max(probabilityOf(ranked, OUT_OF_SCOPE), 1 - now.outOfScope().inScopeConfidence(ranked))
                : now.outOfScope().inScopeConfidence(ranked);
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
    public String modelVersion() {
        return serving.get().version();
    }

    private Serving load() {
        Optional<Path> saved = IntentModels.newest(Path.of(config.dir()));
        TextClassifier model;
        if (saved.isPresent()) {
            model = TextClassifier.load(saved.get());
            LOG.infof("serving intent model %s from %s", model.version(), saved.get());
        } else {
            long start = System.nanoTime();
            var sources = config.builtInTraining().stream()
                    .map(r -> TrainingDataSource.ofResource(TrainedIntentClassifier.class.getClassLoader(), r))
                    .toList();
            model = IntentModels.train(TrainingDataLoader.load(sources), TextClassifierConfig.defaults());
            LOG.infof("no model in %s: trained the built-in pack in %.1f s, model %s", config.dir(),
                    (System.nanoTime() - start) / 1e9, model.version());
        }
        OutOfScopeRule rule = saved.flatMap(OutOfScopeRule::load)
                .orElse(new OutOfScopeRule(OUT_OF_SCOPE, outOfScopeThreshold));
        // Warm both languages' encoders and code paths now, so the first shoppers do not wait for them.
        model.predict("你好");
        model.predict("hello");
        return new Serving(model, rule, "intent-" + model.version());
    }

    private static double probabilityOf(List<LabelScore> ranked, String label) {
        return ranked.stream().filter(s -> s.label().equals(label)).mapToDouble(LabelScore::probability).sum();
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
