package com.shopmate.tools.eval.nlu;

import com.shopmate.text.classifier.LabelScore;
import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.Language;
import com.shopmate.text.classifier.TextClassifier;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How well the test confidences are calibrated, with and without the fitted temperatures.
 *
 * @param temperatures per language, for example "en 0.69, zh 0.65"
 */
record ConfidenceFigures(String temperatures, double calibratedError, double uncalibratedError) {

    /** @param ranked the calibrated predictions of {@code test}, in its order */
    static ConfidenceFigures of(TextClassifier classifier, List<List<LabelScore>> ranked, List<LabeledText> test) {
        List<String> gold = test.stream().map(LabeledText::label).toList();
        Map<Language, Double> ones = new EnumMap<>(Language.class);
        classifier.languageModels().forEach(m -> ones.put(m.language(), 1.0));
        List<List<LabelScore>> uncalibrated = classifier.withTemperatures(ones)
                .predictAll(test.stream().map(LabeledText::text).toList());
        String temperatures = classifier.languageModels().stream()
                .map(m -> String.format(Locale.ROOT, "%s %.2f", m.language().code(), m.temperature()))
                .collect(Collectors.joining(", "));
        return new ConfidenceFigures(temperatures, CalibrationError.expected(ranked, gold),
                CalibrationError.expected(uncalibrated, gold));
    }
}
