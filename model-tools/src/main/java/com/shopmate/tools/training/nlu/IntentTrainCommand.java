package com.shopmate.tools.training.nlu;

import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.entities.EntityModel;
import com.shopmate.text.training.IntentModels;
import com.shopmate.text.trainingdata.TrainingData;
import com.shopmate.text.trainingdata.TrainingDataException;
import com.shopmate.text.trainingdata.TrainingDataLoader;
import com.shopmate.tools.HelpOption;
import com.shopmate.tools.training.ModelActivation;
import com.shopmate.tools.training.sentiment.SentimentTrainCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ./shopmate train [--data DIR_OR_FILE]... [--out DIR]}: trains the intent model and the entity model from
 * the operator's training data (by default the built-in pack) and writes one versioned artifact with both, which
 * nlu-service loads at start or on reload, and activates it ({@link ModelActivation}). The last line is JSON with the
 * version's {@code path}.
 * Training is deterministic: the same data and config give the same version.
 */
@Command(name = "train", sortOptions = false,
        description = "Trains the intent and entity models and writes them to DIR/<version>/.",
        subcommands = SentimentTrainCommand.class)
public final class IntentTrainCommand implements Callable<Integer> {

    @Mixin
    HelpOption helpOption;

    // Bad training data is the user's input: the same status as a bad option, as before picocli.
    private static final int BAD_TRAINING_DATA = 2;
    /** The model kind nlu-service serves: {@code /admin/nlu/model}. */
    private static final String KIND = "nlu";

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR_OR_FILE", defaultValue = "nlu-service/src/main/resources/nlu/training",
            description = "training data, a YAML file or a folder of them; repeat to merge (default ${DEFAULT-VALUE})")
    List<Path> data;

    @Option(names = "--out", paramLabel = "DIR",
            description = "model folder (default: the local stack's, <data dir>/models/nlu); a version saved elsewhere "
                    + "is not activated")
    Path out;

    @Option(names = "--no-activate", description = "only save the version: the one served stays as it is")
    boolean noActivate;

    private final ModelActivation activation;

    public IntentTrainCommand(ModelActivation activation) {
        this.activation = activation;
    }

    public IntentTrainCommand() {
        this(ModelActivation.NONE);
    }

    @Override
    public Integer call() {
        TrainingData training;
        try {
            training = TrainingDataLoader.load(data.toArray(Path[]::new));
        } catch (TrainingDataException e) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
            return BAD_TRAINING_DATA;
        }
        long start = System.nanoTime();
        TextClassifier model = IntentModels.train(training, TextClassifierConfig.defaults());
        double intentSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        EntityModel entities = IntentModels.trainEntities(training);
        double entitySeconds = (System.nanoTime() - start) / 1e9;
        Path folder = out != null ? out : activation.defaultFolder(KIND);
        Path saved = IntentModels.save(model, entities, folder, Clock.systemUTC());
        PrintWriter printed = spec.commandLine().getOut();
        printed.printf(Locale.ROOT, "trained %d examples of %d intents in %.1f s: model %s%n",
                training.examples().size(), training.intentNames().size(), intentSeconds, model.version());
        printed.printf(Locale.ROOT, "entities: %d known phrases of %d types, tagger for %s, in %.1f s: model %s%n",
                entities.gazetteer().entries().size(), entities.gazetteer().types().size(),
                entities.learnedTagger().map(t -> String.join(", ", t.types())).orElse("nothing (no annotations)"),
                entitySeconds, entities.version());
        printed.printf(Locale.ROOT, "saved to %s%n", saved.toAbsolutePath());
        printed.printf(Locale.ROOT, "{\"model_version\":\"%s\",\"entity_model_version\":\"%s\",\"path\":\"%s\","
                        + "\"examples\":%d,\"intents\":%d}%n", model.version(), entities.version(),
                saved.toAbsolutePath(), training.examples().size(), training.intentNames().size());
        printed.flush();
        if (noActivate) {
            spec.commandLine().getErr().println("trained " + KIND + " model " + saved.getFileName() + ", not activated");
        } else {
            activation.activate(KIND, folder, saved.getFileName().toString(), spec.commandLine().getErr());
        }
        return 0;
    }
}
