package com.shopmate.nlu.model;

import com.shopmate.events.IntentClassified.IntentScore;
import com.shopmate.nlu.entity.EntityText;
import com.shopmate.nlu.entity.TrainedEntities;
import com.shopmate.nlu.entity.trained.TrainedEntityRecognizers;
import com.shopmate.nlu.intent.IntentClassifier;
import com.shopmate.nlu.intent.IntentConfig;
import com.shopmate.nlu.intent.IntentPrediction;
import com.shopmate.nlu.intent.ServedModel;
import com.shopmate.text.classifier.LabelScore;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.entities.EntityModel;
import com.shopmate.text.outofscope.OutOfScopeRule;
import com.shopmate.text.training.IntentModels;
import com.shopmate.text.trainingdata.TrainingData;
import com.shopmate.text.trainingdata.TrainingDataLoader;
import com.shopmate.text.trainingdata.TrainingDataSource;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The trained model (see text-models): intents (sentence embedding + n-grams into a softmax) and, from the same
 * training data, the entity part (known phrases, regexes, tagger). It serves the newest artifact of
 * {@code shopmate.nlu.model.dir}, or, when there is none, a model trained at start from the built-in pack.
 * {@link #reload()} swaps in a new model, intents and entities in one step, while utterances keep being understood
 * with the old one. Created at start ({@link Startup}), so that the service is ready only once a model is: trained
 * lazily, the pack would make the first shoppers wait through its training.
 */
@Startup
@Singleton
public class TrainedIntentClassifier implements IntentClassifier {

    private static final Logger LOG = Logger.getLogger(TrainedIntentClassifier.class);

    private final IntentModelConfig config;
    private final double outOfScopeThreshold;
    private final AtomicReference<Serving> serving = new AtomicReference<>();

    public TrainedIntentClassifier(IntentModelConfig config, IntentConfig intents) {
        this.config = config;
        this.outOfScopeThreshold = intents.outOfScopeThreshold();
        serving.set(load());
    }

    /** Loads the newest model (or trains the built-in one) and serves it from now on; returns its version. */
    public synchronized String reload() {
        Serving next = load();
        serving.set(next);
        return next.modelVersion();
    }

    @Override
    public IntentPrediction classify(String text, String language) {
        return serving.get().classify(text, language);
    }

    @Override
    public String modelVersion() {
        return serving.get().modelVersion();
    }

    @Override
    public ServedModel served() {
        return serving.get().served();
    }

    private Serving load() {
        Optional<Path> saved = IntentModels.newest(Path.of(config.dir()));
        TextClassifier model;
        Optional<EntityModel> entityModel;
        if (saved.isPresent()) {
            model = TextClassifier.load(saved.get());
            entityModel = EntityModel.load(saved.get());
            LOG.infof("serving intent model %s from %s", model.version(), saved.get());
            if (entityModel.isEmpty()) {
                LOG.warnf("%s has no entity model (trained before entities were): only the built-in entity"
                        + " recognizers run; ./shopmate train again to use the training data's entities", saved.get());
            }
        } else {
            long start = System.nanoTime();
            var sources = config.builtInTraining().stream()
                    .map(r -> TrainingDataSource.ofResource(TrainedIntentClassifier.class.getClassLoader(), r))
                    .toList();
            TrainingData data = TrainingDataLoader.load(sources);
            model = IntentModels.train(data, TextClassifierConfig.defaults());
            entityModel = Optional.of(IntentModels.trainEntities(data));
            LOG.infof("no model in %s: trained the built-in pack in %.1f s, model %s", config.dir(),
                    (System.nanoTime() - start) / 1e9, model.version());
        }
        OutOfScopeRule rule = saved.flatMap(OutOfScopeRule::load)
                .orElse(new OutOfScopeRule(OUT_OF_SCOPE, outOfScopeThreshold));
        TrainedEntities entities = entityModel
                .map(m -> TrainedEntityRecognizers.from(m, config.taggerMinConfidence()))
                .orElse(TrainedEntities.NONE);
        String version = "intent-" + model.version() + entityModel.map(m -> "+entities-" + m.version()).orElse("");
        Serving next = new Serving(model, rule, entities, version);
        // Warm both languages' encoders, the tagger and their code paths now, so the first shoppers do not wait.
        for (String hello : List.of("你好", "hello")) {
            next.classify(hello, null);
            entities.recognizers().forEach(r -> r.recognize(EntityText.of(hello, LocalDate.EPOCH)));
        }
        return next;
    }

    /** One loaded model: what {@link #served()} hands out, fixed. */
    private record Serving(TextClassifier model, OutOfScopeRule outOfScope, TrainedEntities entities,
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
}
