package com.shopmate.text.training;

import com.shopmate.text.calibration.ConfidenceCalibration;
import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.entities.EntityModel;
import com.shopmate.text.entities.EntityModelTrainer;
import com.shopmate.text.entities.TaggerSettings;
import com.shopmate.text.trainingdata.TrainingData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Trains intent models from operator training data and keeps them, with the entity model trained from the same
 * data, as versioned artifacts: one directory each, named so that the newest sorts last:
 * {@code 20261201T100000Z-<intent model version>}.
 */
public final class IntentModels {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Where {@link #save} fills a directory before moving it into place; hidden from {@link #newest}. */
    private static final String STAGING = ".staging";
    private static final String PARTIAL = ".partial-";

    private IntentModels() {
    }

    /** The intent model, its confidences calibrated on a held-out part of the data (as nlu-eval measures it). */
    public static TextClassifier train(TrainingData data, TextClassifierConfig config) {
        List<LabeledText> examples = data.examples().stream()
                .map(e -> new LabeledText(e.text(), e.intent())).toList();
        return ConfidenceCalibration.trainCalibrated(examples, config);
    }

    public static EntityModel trainEntities(TrainingData data) {
        return EntityModelTrainer.train(data, TaggerSettings.DEFAULTS);
    }

    /**
     * Saves both models in one new directory under {@code modelsDir} and returns it. The directory is filled in a
     * hidden staging directory and then moved into place, so a service that reloads never sees intents without
     * their entities.
     */
    public static Path save(TextClassifier intents, EntityModel entities, Path modelsDir, Clock clock) {
        String name = STAMP.format(clock.instant()) + "-" + intents.version();
        Path target = modelsDir.resolve(name);
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists: a model artifact is written once");
        }
        Path staging = modelsDir.resolve(STAGING).resolve(name);
        intents.save(staging);
        entities.save(staging);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the model into " + target, e);
        }
        return target;
    }

    /** The newest saved model directory, if any. */
    public static Optional<Path> newest(Path modelsDir) {
        if (!Files.isDirectory(modelsDir)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(modelsDir)) {
            return dirs.filter(Files::isDirectory).filter(IntentModels::isComplete)
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list models in " + modelsDir, e);
        }
    }

    /** Not a staging directory, nor one the classifier's writer has not moved into place yet. */
    private static boolean isComplete(Path dir) {
        String name = dir.getFileName().toString();
        return !name.startsWith(".") && !name.contains(PARTIAL);
    }
}
