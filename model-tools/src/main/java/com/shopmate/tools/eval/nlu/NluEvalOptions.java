package com.shopmate.tools.eval.nlu;

import com.shopmate.text.classifier.TextClassifierConfig;

import java.nio.file.Path;
import java.util.Optional;

/** What {@code ./shopmate nlu-eval} was asked to do, checked by {@link NluEvalCommand}. */
record NluEvalOptions(Path train, Optional<Path> test, Optional<Path> validation, double carveTest,
                      double validationFraction, Optional<Path> report, Optional<Path> saveModel, String oosLabel,
                      double oosRecallTarget, TextClassifierConfig config) {
}
