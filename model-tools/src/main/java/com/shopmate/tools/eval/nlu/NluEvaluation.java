package com.shopmate.tools.eval.nlu;

import com.shopmate.text.calibration.ConfidenceCalibration;
import com.shopmate.text.classifier.LabelScore;
import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.outofscope.OutOfScopeRule;
import com.shopmate.tools.eval.ClassificationMetrics;
import com.shopmate.tools.eval.LatencyStats;
import com.shopmate.tools.outofscope.OosCalibration;
import com.shopmate.tools.outofscope.OosCurve;
import com.shopmate.tools.outofscope.OosCurvePoint;
import com.shopmate.tools.outofscope.OosThresholdCalibrator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Trains, calibrates on validation only, then predicts the test rows one at a time and measures. */
final class NluEvaluation {

    private static final Logger LOG = LoggerFactory.getLogger(NluEvaluation.class);
    // Enough single predictions for the JIT to compile the featurizer and softmax before latency is measured.
    private static final int WARM_UP_PREDICTIONS = 200;

    private NluEvaluation() {
    }

    static NluEvalResult run(NluEvalData data, NluEvalOptions options) {
        long start = System.nanoTime();
        TextClassifier classifier = trainCalibrated(data, options);
        Calibration calibration = calibrate(classifier, data, options.oosLabel(), options.oosRecallTarget());
        Optional<OutOfScopeRule> rule = calibration.rule();
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        options.saveModel().ifPresent(dir -> {
            classifier.save(dir);
            rule.ifPresent(r -> r.save(dir));
            LOG.info("saved model {} to {}", classifier.version(), dir);
        });

        warmUp(classifier, data.train());
        String oos = options.oosLabel();
        List<LabeledText> test = data.test();
        long[] nanos = new long[test.size()];
        List<List<LabelScore>> ranked = new ArrayList<>(test.size());
        List<String> predicted = new ArrayList<>(test.size());
        for (int i = 0; i < test.size(); i++) {
            long t0 = System.nanoTime();
            List<LabelScore> scores = classifier.predict(test.get(i).text());
            String label = rule.map(r -> r.decide(scores)).orElse(scores.get(0).label());
            nanos[i] = System.nanoTime() - t0;
            ranked.add(scores);
            predicted.add(label);
        }
        List<String> gold = labels(test);
        boolean oosInPlay = rule.isPresent() || gold.contains(oos);
        List<OosCurvePoint> testCurve = oosInPlay
                ? OosCurve.compute(ranked, gold, oos, OosCurve.Mode.CLASS_AND_THRESHOLD) : List.of();
        Optional<OosCurvePoint> atChosen = oosInPlay ? Optional.of(OosCurve.point(ranked, gold,
                rule.orElse(new OutOfScopeRule(oos, 0)), OosCurve.Mode.CLASS_AND_THRESHOLD)) : Optional.empty();
        ConfidenceFigures confidence = ConfidenceFigures.of(classifier, ranked, test);
        return new NluEvalResult(ClassificationMetrics.of(gold, predicted), rule, calibration.chosen(), atChosen,
                calibration.curve(), testCurve, trainSeconds, LatencyStats.ofNanos(nanos), test.size(),
                classifier.version(), confidence);
    }

    /**
     * As the service trains: confidences calibrated on validation when there is some, else on a part of train held
     * out for it (see {@link ConfidenceCalibration#trainCalibrated}).
     */
    private static TextClassifier trainCalibrated(NluEvalData data, NluEvalOptions options) {
        if (data.validation().isEmpty()) {
            return ConfidenceCalibration.trainCalibrated(data.train(), options.config());
        }
        return ConfidenceCalibration.calibrate(TextClassifier.train(data.train(), options.config()),
                data.validation());
    }

    private record Calibration(Optional<OutOfScopeRule> rule, Optional<OosCurvePoint> chosen,
                               List<OosCurvePoint> curve) {
    }

    /** The out-of-scope rule, from validation rows only; none when training has no out-of-scope label. */
    private static Calibration calibrate(TextClassifier classifier, NluEvalData data, String oos, double target) {
        if (!data.hasOos(oos)) {
            return new Calibration(Optional.empty(), Optional.empty(), List.of());
        }
        if (data.validation().stream().noneMatch(r -> r.label().equals(oos))) {
            LOG.warn("validation has no '{}' rows: the threshold cannot be calibrated, using the class only", oos);
            return new Calibration(Optional.of(new OutOfScopeRule(oos, 0)), Optional.empty(), List.of());
        }
        OosCalibration c = OosThresholdCalibrator.calibrate(classifier.predictAll(texts(data.validation())),
                labels(data.validation()), oos, target);
        if (!c.meetsTarget()) {
            LOG.warn("no threshold reaches OOS recall {} on validation; took the best accuracy instead", target);
        }
        return new Calibration(Optional.of(c.rule()), Optional.of(c.chosen()), c.curve());
    }

    private static void warmUp(TextClassifier classifier, List<LabeledText> train) {
        int step = Math.max(1, train.size() / WARM_UP_PREDICTIONS);
        for (int i = 0; i < train.size(); i += step) {
            classifier.predict(train.get(i).text());
        }
        // Training garbage is collected now rather than inside the timed loop.
        System.gc();
    }

    private static List<String> texts(List<LabeledText> rows) {
        return rows.stream().map(LabeledText::text).toList();
    }

    private static List<String> labels(List<LabeledText> rows) {
        return rows.stream().map(LabeledText::label).toList();
    }
}
