package com.shopmate.text.training;

import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.trainingdata.TrainingData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Trains intent models from operator training data and keeps them as versioned artifacts, one directory each,
 * named so that the newest sorts last: {@code 20261201T100000Z-<content version>}.
 */
public final class IntentModels {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IntentModels() {
    }

    public static TextClassifier train(TrainingData data, TextClassifierConfig config) {
        List<LabeledText> examples = data.examples().stream()
                .map(e -> new LabeledText(e.text(), e.intent())).toList();
        return TextClassifier.train(examples, config);
    }

    /** Saves the model under {@code modelsDir} and returns its directory. */
    public static Path save(TextClassifier model, Path modelsDir, Clock clock) {
        Path target = modelsDir.resolve(STAMP.format(clock.instant()) + "-" + model.version());
        model.save(target);
        return target;
    }

    /** The newest saved model directory, if any. */
    public static Optional<Path> newest(Path modelsDir) {
        if (!Files.isDirectory(modelsDir)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(modelsDir)) {
            return dirs.filter(Files::isDirectory).max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list models in " + modelsDir, e);
        }
    }
}
