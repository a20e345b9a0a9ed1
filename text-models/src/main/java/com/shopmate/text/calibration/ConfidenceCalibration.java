package com.shopmate.text.calibration;

import com.shopmate.text.classifier.LabelScore;
import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.Language;
import com.shopmate.text.classifier.StratifiedSplit;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.encoder.Encoders;
import com.shopmate.text.encoder.SentenceEncoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Makes a classifier's confidences mean what they say, one temperature per language sub-model, fitted on texts the
 * sub-model was not trained on. Dialogue acts on these numbers (ask again below a confidence, hand over), so "0.9"
 * has to be right about nine times in ten.
 */
public final class ConfidenceCalibration {

    /** Part of the training data held out to fit the temperatures when no validation data is given. */
    public static final double HELD_OUT_FRACTION = 0.1;
    /** Fewer held-out texts of a language than this leave its sub-model uncalibrated: too few to fit on. */
    public static final int MIN_HELD_OUT = 20;
    static final String SALT = "calibration";
    private static final Logger LOG = LoggerFactory.getLogger(ConfidenceCalibration.class);

    private ConfidenceCalibration() {
    }

    /** {@code model} with temperatures fitted on {@code heldOut}, texts it was not trained on. */
    public static TextClassifier calibrate(TextClassifier model, List<LabeledText> heldOut) {
        return model.withTemperatures(temperatures(model, heldOut));
    }

    /** Per language with at least {@value #MIN_HELD_OUT} held-out texts, the temperature that fits them best. */
    public static Map<Language, Double> temperatures(TextClassifier model, List<LabeledText> heldOut) {
        Map<Language, List<LabeledText>> byModel = new EnumMap<>(Language.class);
        for (LabeledText row : heldOut) {
            byModel.computeIfAbsent(model.modelFor(row.text()).language(), l -> new ArrayList<>()).add(row);
        }
        Map<Language, Double> out = new EnumMap<>(Language.class);
        byModel.forEach((language, rows) -> {
            if (rows.size() < MIN_HELD_OUT) {
                LOG.info("{}: {} held-out texts, fewer than {}: confidences left uncalibrated", language.code(),
                        rows.size(), MIN_HELD_OUT);
                return;
            }
            List<List<LabelScore>> predictions = model.predictAll(rows.stream().map(LabeledText::text).toList());
            List<String> gold = rows.stream().map(LabeledText::label).toList();
            double t = TemperatureFit.fit(predictions, gold);
            LOG.info("{}: temperature {} fitted on {} held-out texts", language.code(), String.format("%.3f", t),
                    rows.size());
            out.put(language, t);
        });
        return out;
    }

    /** Trains on all of {@code examples}, calibrated as {@link #trainCalibrated(List, TextClassifierConfig, Function)}. */
    public static TextClassifier trainCalibrated(List<LabeledText> examples, TextClassifierConfig config) {
        return trainCalibrated(examples, config, Encoders::byId);
    }

    /**
     * Trains once without a held-out {@value #HELD_OUT_FRACTION} of each label to fit the temperatures, then on all
     * of {@code examples} with those temperatures: no example is lost to calibration, at the price of a second
     * training. Deterministic like {@link TextClassifier#train}.
     */
    public static TextClassifier trainCalibrated(List<LabeledText> examples, TextClassifierConfig config,
                                                 Function<String, SentenceEncoder> encoders) {
        StratifiedSplit.Split split = StratifiedSplit.carve(examples, HELD_OUT_FRACTION, SALT);
        TextClassifier full = TextClassifier.train(examples, config, encoders);
        if (split.carved().size() < MIN_HELD_OUT || split.rest().isEmpty()) {
            return full;
        }
        TextClassifier probe = TextClassifier.train(split.rest(), config, encoders);
        return full.withTemperatures(temperatures(probe, split.carved()));
    }
}
