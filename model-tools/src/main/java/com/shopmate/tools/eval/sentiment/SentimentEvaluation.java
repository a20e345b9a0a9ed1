package com.shopmate.tools.eval.sentiment;

import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.tools.eval.ClassificationMetrics;
import com.shopmate.tools.eval.LatencyStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/** Trains on the train rows, then predicts each test row on its own, as the service would, and times it. */
final class SentimentEvaluation {

    private static final Logger LOG = LoggerFactory.getLogger(SentimentEvaluation.class);
    // Enough single predictions for the JIT to compile the featurizer and softmax before latency is measured.
    private static final int WARM_UP_PREDICTIONS = 200;

    private SentimentEvaluation() {
    }

    static SentimentEvalResult run(SentimentEvalData data, SentimentEvalOptions options) {
        long start = System.nanoTime();
        TextClassifier classifier = TextClassifier.train(data.train(), options.config());
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        options.saveModel().ifPresent(dir -> {
            classifier.save(dir);
            LOG.info("saved model {} to {}", classifier.version(), dir);
        });

        warmUp(classifier, data.train());
        List<LabeledText> test = data.test();
        long[] nanos = new long[test.size()];
        List<String> predicted = new ArrayList<>(test.size());
        for (int i = 0; i < test.size(); i++) {
            long t0 = System.nanoTime();
            String label = classifier.predict(test.get(i).text()).get(0).label();
            nanos[i] = System.nanoTime() - t0;
            predicted.add(label);
        }
        List<String> gold = test.stream().map(LabeledText::label).toList();
        return new SentimentEvalResult(ClassificationMetrics.of(gold, predicted), trainSeconds,
                LatencyStats.ofNanos(nanos), test.size(), classifier.version());
    }

    private static void warmUp(TextClassifier classifier, List<LabeledText> train) {
        int step = Math.max(1, train.size() / WARM_UP_PREDICTIONS);
        for (int i = 0; i < train.size(); i += step) {
            classifier.predict(train.get(i).text());
        }
        // Training garbage is collected now rather than inside the timed loop.
        System.gc();
    }
}
