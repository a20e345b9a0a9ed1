package com.shopmate.text.training;

import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.entities.EntityModel;
import com.shopmate.text.trainingdata.TrainingData;
import com.shopmate.text.trainingdata.TrainingDataException;
import com.shopmate.text.trainingdata.TrainingDataLoader;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * {@code ./shopmate train [--data DIR_OR_FILE]... [--out DIR]}: trains the intent model and the entity model from
 * the operator's training data (by default the built-in pack) and writes one versioned artifact with both, which
 * nlu-service loads at start or on reload.
 * Training is deterministic: the same data and config give the same version.
 */
public final class IntentTrainCli {

    static final String DEFAULT_DATA = "nlu-service/src/main/resources/nlu/training";
    static final String DEFAULT_OUT = ".shopmate/models/nlu";

    private IntentTrainCli() {
    }

    public static void main(String[] args) {
        java.util.List<Path> data = new java.util.ArrayList<>();
        Path out = Path.of(DEFAULT_OUT);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data.add(Path.of(value(args, ++i, "--data")));
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                case "-h", "--help" -> {
                    System.out.println("usage: ./shopmate train [--data DIR_OR_FILE]... [--out DIR]");
                    return;
                }
                default -> fail("unknown option " + args[i] + "; see ./shopmate train --help");
            }
        }
        if (data.isEmpty()) {
            data.add(Path.of(DEFAULT_DATA));
        }
        TrainingData training;
        try {
            training = TrainingDataLoader.load(data.toArray(Path[]::new));
        } catch (TrainingDataException e) {
            fail(e.getMessage());
            return;
        }
        long start = System.nanoTime();
        TextClassifier model = IntentModels.train(training, TextClassifierConfig.defaults());
        double intentSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        EntityModel entities = IntentModels.trainEntities(training);
        double entitySeconds = (System.nanoTime() - start) / 1e9;
        Path saved = IntentModels.save(model, entities, out, Clock.systemUTC());
        System.out.printf(Locale.ROOT, "trained %d examples of %d intents in %.1f s: model %s%n",
                training.examples().size(), training.intentNames().size(), intentSeconds, model.version());
        System.out.printf(Locale.ROOT, "entities: %d known phrases of %d types, tagger for %s, in %.1f s: model %s%n",
                entities.gazetteer().entries().size(), entities.gazetteer().types().size(),
                entities.learnedTagger().map(t -> String.join(", ", t.types())).orElse("nothing (no annotations)"),
                entitySeconds, entities.version());
        System.out.printf(Locale.ROOT, "saved to %s%n", saved.toAbsolutePath());
        System.out.printf(Locale.ROOT, "{\"model_version\":\"%s\",\"entity_model_version\":\"%s\",\"path\":\"%s\","
                        + "\"examples\":%d,\"intents\":%d}%n", model.version(), entities.version(),
                saved.toAbsolutePath(), training.examples().size(), training.intentNames().size());
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            fail(option + " needs a value");
        }
        return args[i];
    }

    private static void fail(String message) {
        System.err.println("train: " + message);
        System.exit(2);
    }
}
