package com.shopmate.tools.eval.sentiment;

import com.shopmate.text.classifier.SoftmaxConfig;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.sentiment.SentimentClassifierConfig;
import com.shopmate.text.sentiment.SentimentModelStore;
import com.shopmate.text.sentiment.SentimentPack;
import com.shopmate.text.sentiment.SentimentPackException;
import com.shopmate.text.sentiment.SentimentPredictor;
import com.shopmate.tools.HelpOption;
import com.shopmate.tools.eval.ClassificationMetrics;
import com.shopmate.tools.eval.MetricsTables;
import com.shopmate.tools.eval.SummaryLine;
import com.shopmate.tools.eval.TextTable;
import com.shopmate.tools.training.sentiment.SentimentTrainCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ./shopmate sentiment-pack-eval}: polarity and emotion of the shipped kind of model on shopper messages
 * written apart from the pack (our own small set, not a benchmark). By default it trains the built-in pack, the
 * model a fresh clone serves; {@code --model} evaluates a saved one instead (what {@code ./shopmate train sentiment}
 * wrote). Polarity and emotion are read as sentiment-service reads them ({@link SentimentPredictor}); intensity is
 * not measured. Tables go to stdout, the figures as the last line (one JSON object).
 * Exit status 0 done, 1 unreadable data or model, 2 bad arguments.
 */
@Command(name = "sentiment-pack-eval", sortOptions = false,
        description = "Scores held-out shopper messages (JSONL {\"text\",\"label\",\"emotion\"}) with the sentiment "
                + "model and prints per-class precision/recall/F1 of polarity and emotion, the mistakes and, as the "
                + "last line, one JSON object: polarity_accuracy, polarity_macro_f1, emotion_accuracy, "
                + "emotion_macro_f1, examples.")
public final class SentimentPackEvalCommand implements Callable<Integer> {

    @Mixin
    HelpOption helpOption;

    static final String DEFAULT_TEST = "sentiment-service/src/test/resources/sentiment/held-out-shopper-messages.jsonl";

    // The trained models all have a neutral class; the band only matters for models trained before the pack.
    private static final double LEGACY_NEUTRAL_BAND = 0.5;

    @Spec
    CommandSpec spec;

    @Option(names = "--pack", paramLabel = "DIR", defaultValue = SentimentTrainCommand.DEFAULT_PACK,
            description = "train this pack (default ${DEFAULT-VALUE}): the model sentiment-service trains at start")
    Path pack;

    @Option(names = "--model", paramLabel = "DIR",
            description = "evaluate a saved model instead: a version folder, or a model folder (its newest)")
    Path model;

    @Option(names = "--test", paramLabel = "FILE", defaultValue = DEFAULT_TEST,
            description = "the messages (default ${DEFAULT-VALUE}, written apart from the pack)")
    Path test;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + SoftmaxConfig.DEFAULT_SEED,
            description = "training seed (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        if (model != null && spec.commandLine().getParseResult().hasMatchedOption("--pack")) {
            throw new ParameterException(spec.commandLine(), "give --pack DIR or --model DIR, not both");
        }
        ShopperMessages messages;
        TextClassifier classifier;
        String origin;
        try {
            messages = ShopperMessages.read(test);
            if (model != null) {
                Path version = savedVersion(model);
                classifier = TextClassifier.load(version);
                origin = "saved model " + version;
            } else {
                SentimentPack loaded = SentimentPack.loadDirectory(pack);
                TextClassifierConfig config = SentimentClassifierConfig.defaults();
                config = config.withSoftmax(config.softmax().withSeed(seed));
                classifier = TextClassifier.train(loaded.tones(), config);
                origin = "the pack, " + loaded.describe();
            }
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException | SentimentPackException e) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
            return 1;
        }
        SentimentPredictor predictor = new SentimentPredictor(classifier, LEGACY_NEUTRAL_BAND);
        PrintWriter out = spec.commandLine().getOut();
        report(predictor, origin, messages, out);
        out.flush();
        return 0;
    }

    private static Path savedVersion(Path model) {
        if (Files.isRegularFile(model.resolve("model.json"))) {
            return model;
        }
        return new SentimentModelStore(model).newest()
                .orElseThrow(() -> new IllegalArgumentException("no saved sentiment model in " + model));
    }

    private static void report(SentimentPredictor predictor, String origin, ShopperMessages test, PrintWriter out) {
        List<String> goldPolarity = new ArrayList<>();
        List<String> polarity = new ArrayList<>();
        List<String> goldEmotion = new ArrayList<>();
        List<String> emotion = new ArrayList<>();
        TextTable mistakes = new TextTable("Mistakes (gold -> predicted)", "text", "polarity", "emotion");
        boolean tones = true;
        for (ShopperMessages.Message m : test.messages()) {
            SentimentPredictor.Prediction p = predictor.predict(m.text());
            tones &= p.emotion().isPresent();
            String predictedEmotion = p.emotion().orElse("-");
            goldPolarity.add(m.polarity());
            polarity.add(p.polarity());
            goldEmotion.add(m.emotion());
            emotion.add(predictedEmotion);
            if (!m.polarity().equals(p.polarity()) || !m.emotion().equals(predictedEmotion)) {
                mistakes.row(m.text(), m.polarity() + " -> " + p.polarity(), m.emotion() + " -> " + predictedEmotion);
            }
        }
        ClassificationMetrics polarities = ClassificationMetrics.of(goldPolarity, polarity);
        ClassificationMetrics emotions = ClassificationMetrics.of(goldEmotion, emotion);
        out.println("sentiment-pack-eval: model " + predictor.version() + " trained on " + origin);
        out.println(String.format(Locale.ROOT, "%d held-out shopper messages (our own small set, not a benchmark)",
                test.messages().size()));
        out.println();
        out.println(MetricsTables.perLabel("Polarity", "class", polarities).render());
        out.println(MetricsTables.perLabel("Emotion", "class", emotions).render());
        out.println(mistakes.render());
        out.println(new SummaryLine()
                .put("polarity_accuracy", polarities.accuracy(), 4)
                .put("polarity_macro_f1", polarities.macroF1(), 4)
                .put("emotion_accuracy", tones ? emotions.accuracy() : null, 4)
                .put("emotion_macro_f1", tones ? emotions.macroF1() : null, 4)
                .put("examples", test.messages().size())
                .toJson());
    }
}
