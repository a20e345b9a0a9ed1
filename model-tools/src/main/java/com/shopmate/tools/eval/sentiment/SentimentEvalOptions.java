package com.shopmate.tools.eval.sentiment;

import com.shopmate.text.classifier.TextClassifierConfig;

import java.nio.file.Path;
import java.util.Optional;

/** What {@code ./shopmate sentiment-eval} was asked to do, checked by {@link SentimentEvalCommand}. */
record SentimentEvalOptions(Path train, Optional<Path> test, double carveTest, Optional<Path> saveModel,
                            TextClassifierConfig config) {
}
