package com.shopmate.tools.eval.nlu;

import com.shopmate.text.calibration.ConfidenceCalibration;
import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.StratifiedSplit;
import com.shopmate.tools.eval.LabeledTextFiles;

import java.util.List;
import java.util.Locale;

/**
 * The three sets of one evaluation and where they came from. {@code validation} is empty when nothing needs it.
 */
record NluEvalData(List<LabeledText> train, List<LabeledText> validation, List<LabeledText> test, String origin) {

    /** Reads the files and carves what was asked; test rows never reach training or validation. */
    static NluEvalData load(NluEvalOptions options) {
        List<LabeledText> train = LabeledTextFiles.readJsonl(options.train());
        List<LabeledText> test;
        StringBuilder origin = new StringBuilder();
        if (options.test().isPresent()) {
            test = LabeledTextFiles.readJsonl(options.test().get());
            origin.append("test ").append(options.test().get()).append(" (").append(test.size()).append(" rows); ");
        } else {
            StratifiedSplit.Split split = StratifiedSplit.carve(train, options.carveTest(), StratifiedSplit.TEST_SALT);
            origin.append(String.format("test carved from train: %.0f%% per label = %d rows (salt \"%s\"); ",
                    100 * options.carveTest(), split.carved().size(), StratifiedSplit.TEST_SALT));
            train = split.rest();
            test = split.carved();
        }
        boolean hasOos = train.stream().anyMatch(r -> r.label().equals(options.oosLabel()));
        List<LabeledText> validation = List.of();
        if (options.validation().isPresent()) {
            validation = LabeledTextFiles.readJsonl(options.validation().get());
            origin.append("validation ").append(options.validation().get()).append(" (").append(validation.size())
                    .append(" rows); ");
        } else if (hasOos) {
            StratifiedSplit.Split split = StratifiedSplit.carve(train, options.validationFraction(),
                    StratifiedSplit.VALIDATION_SALT);
            origin.append(String.format("validation carved from train: %.0f%% per label = %d rows (salt \"%s\"); ",
                    100 * options.validationFraction(), split.carved().size(), StratifiedSplit.VALIDATION_SALT));
            train = split.rest();
            validation = split.carved();
        } else {
            // Without an out-of-scope label there is no threshold to calibrate: holding rows out would only
            // shrink the training set (the temperature is fitted on a part held out from a first training).
            origin.append("no validation: no '").append(options.oosLabel())
                    .append(String.format(Locale.ROOT, "' label, so no threshold; confidences calibrated on %.0f%% of"
                            + " train held out; ", 100 * ConfidenceCalibration.HELD_OUT_FRACTION));
        }
        origin.append("train ").append(train.size()).append(" rows");
        return new NluEvalData(train, validation, test, origin.toString());
    }

    boolean hasOos(String oosLabel) {
        return train.stream().anyMatch(r -> r.label().equals(oosLabel));
    }
}
