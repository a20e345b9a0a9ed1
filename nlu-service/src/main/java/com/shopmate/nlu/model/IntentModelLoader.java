package com.shopmate.nlu.model;

import com.shopmate.kit.model.ModelLoader;
import com.shopmate.nlu.entity.EntityText;
import com.shopmate.nlu.entity.TrainedEntities;
import com.shopmate.nlu.entity.trained.TrainedEntityRecognizers;
import com.shopmate.nlu.intent.IntentClassifier;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.entities.EntityModel;
import com.shopmate.text.outofscope.OutOfScopeRule;
import com.shopmate.text.training.IntentModels;
import com.shopmate.text.trainingdata.TrainingData;
import com.shopmate.text.trainingdata.TrainingDataLoader;
import com.shopmate.text.trainingdata.TrainingDataSource;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How nlu-service reads its kind of model (see text-models): a saved artifact of {@code ./shopmate train} holds the
 * intent model (sentence embedding + n-grams into a softmax) and, from the same training data, the entity part
 * (known phrases, regexes, tagger), which load together; with none saved, the built-in pack is trained here.
 */
final class IntentModelLoader implements ModelLoader<TrainedIntentModel> {

    private static final Logger LOG = Logger.getLogger(IntentModelLoader.class);

    private final IntentModelConfig config;
    private final double outOfScopeThreshold;

    IntentModelLoader(IntentModelConfig config, double outOfScopeThreshold) {
        this.config = config;
        this.outOfScopeThreshold = outOfScopeThreshold;
    }

    @Override
    public TrainedIntentModel load(Path saved) {
        TextClassifier model = TextClassifier.load(saved);
        Optional<EntityModel> entityModel = EntityModel.load(saved);
        if (entityModel.isEmpty()) {
            LOG.warnf("%s has no entity model (trained before entities were): only the built-in entity"
                    + " recognizers run; ./shopmate train again to use the training data's entities", saved);
        }
        OutOfScopeRule rule = OutOfScopeRule.load(saved).orElse(defaultRule());
        return warm(model, rule, entityModel);
    }

    @Override
    public TrainedIntentModel builtIn() {
        long start = System.nanoTime();
        var sources = config.builtInTraining().stream()
                .map(r -> TrainingDataSource.ofResource(IntentModelLoader.class.getClassLoader(), r))
                .toList();
        TrainingData data = TrainingDataLoader.load(sources);
        TextClassifier model = IntentModels.train(data, TextClassifierConfig.defaults());
        EntityModel entities = IntentModels.trainEntities(data);
        LOG.infof("trained the built-in pack in %.1f s, model %s", (System.nanoTime() - start) / 1e9,
                model.version());
        return warm(model, defaultRule(), Optional.of(entities));
    }

    @Override
    public Optional<Path> newest(Path folder) {
        return IntentModels.newest(folder);
    }

    @Override
    public String modelVersion(TrainedIntentModel model) {
        return model.modelVersion();
    }

    private OutOfScopeRule defaultRule() {
        return new OutOfScopeRule(IntentClassifier.OUT_OF_SCOPE, outOfScopeThreshold);
    }

    private TrainedIntentModel warm(TextClassifier model, OutOfScopeRule rule, Optional<EntityModel> entityModel) {
        TrainedEntities entities = entityModel
                .map(m -> TrainedEntityRecognizers.from(m, config.taggerMinConfidence()))
                .orElse(TrainedEntities.NONE);
        String version = "intent-" + model.version() + entityModel.map(m -> "+entities-" + m.version()).orElse("");
        TrainedIntentModel loaded = new TrainedIntentModel(model, rule, entities, version);
        // Warm both languages' encoders, the tagger and their code paths now, so the first shoppers do not wait.
        for (String hello : List.of("你好", "hello")) {
            loaded.classify(hello, null);
            entities.recognizers().forEach(r -> r.recognize(EntityText.of(hello, LocalDate.EPOCH)));
        }
        return loaded;
    }
}
