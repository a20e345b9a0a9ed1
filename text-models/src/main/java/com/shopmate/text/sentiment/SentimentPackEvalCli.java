package com.shopmate.text.sentiment;

import com.shopmate.text.classifier.SoftmaxConfig;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.eval.ClassificationMetrics;
import com.shopmate.text.eval.CliArguments;
import com.shopmate.text.eval.MetricsTables;
import com.shopmate.text.eval.SummaryLine;
import com.shopmate.text.eval.TextTable;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ./shopmate sentiment-pack-eval}: polarity and emotion of the shipped kind of model on shopper messages
 * written apart from the pack (our own small set, not a benchmark). By default it trains the built-in pack, the
 * model a fresh clone serves; {@code --model} evaluates a saved one instead (what {@code ./shopmate train sentiment}
 * wrote). Polarity and emotion are read as sentiment-service reads them ({@link SentimentPredictor}); intensity is
 * not measured. Tables go to stdout, the figures as the last line (one JSON object).
 */
public final class SentimentPackEvalCli {

    static final Path DEFAULT_TEST = Path.of("sentiment-service", "src", "test", "resources", "sentiment",
            "held-out-shopper-messages.jsonl");

    static final String USAGE = """
            Usage: ./shopmate sentiment-pack-eval [--pack DIR | --model DIR] [--test FILE] [--seed N]
              Scores held-out shopper messages (JSONL {"text","label","emotion"}) with the sentiment model and prints
              per-class precision/recall/F1 of polarity and emotion, the mistakes and, as the last line, one JSON
              object: polarity_accuracy, polarity_macro_f1, emotion_accuracy, emotion_macro_f1, examples.
              --pack DIR    train this pack (default sentiment-service/src/main/resources/sentiment/training):
                            the model sentiment-service trains at start
              --model DIR   evaluate a saved model instead: a version folder, or a model folder (its newest)
              --test FILE   the messages (default sentiment-service/src/test/resources/sentiment/
                            held-out-shopper-messages.jsonl, written apart from the pack)
              --seed N      training seed (default 42)
            """;

    // The trained models all have a neutral class; the band only matters for models trained before the pack.
    private static final double LEGACY_NEUTRAL_BAND = 0.5;
    private static final Set<String> OPTIONS = Set.of("pack", "model", "test", "seed");

    private SentimentPackEvalCli() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        // ONNX Runtime and the tokenizer hold native threads: exit rather than wait for them.
        System.exit(status);
    }

    /** Runs the command; returns the exit status (0 done, 1 unreadable data or model, 2 bad arguments). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (CliArguments.wantsHelp(args)) {
            out.print(USAGE);
            return 0;
        }
        CliArguments a;
        try {
            a = CliArguments.parse(args, OPTIONS, Set.of());
            if (a.get("pack").isPresent() && a.get("model").isPresent()) {
                throw new IllegalArgumentException("give --pack DIR or --model DIR, not both");
            }
        } catch (IllegalArgumentException e) {
            err.println("sentiment-pack-eval: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        ShopperMessages test;
        TextClassifier classifier;
        String origin;
        try {
            test = ShopperMessages.read(a.get("test").map(Path::of).orElse(DEFAULT_TEST));
            if (a.get("model").isPresent()) {
                Path model = savedVersion(Path.of(a.get("model").get()));
                classifier = TextClassifier.load(model);
                origin = "saved model " + model;
            } else {
                SentimentPack pack = SentimentPack.loadDirectory(a.get("pack").map(Path::of)
                        .orElse(SentimentTrainCli.DEFAULT_PACK));
                TextClassifierConfig config = SentimentClassifierConfig.defaults();
                config = config.withSoftmax(config.softmax().withSeed(a.integer("seed", SoftmaxConfig.DEFAULT_SEED)));
                classifier = TextClassifier.train(pack.tones(), config);
                origin = "the pack, " + pack.describe();
            }
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException | SentimentPackException e) {
            err.println("sentiment-pack-eval: " + e.getMessage());
            return 1;
        }
        SentimentPredictor predictor = new SentimentPredictor(classifier, LEGACY_NEUTRAL_BAND);
        report(predictor, origin, test, out);
        return 0;
    }

    private static Path savedVersion(Path model) {
        if (Files.isRegularFile(model.resolve("model.json"))) {
            return model;
        }
        return new SentimentModelStore(model).newest()
                .orElseThrow(() -> new IllegalArgumentException("no saved sentiment model in " + model));
    }

    private static void report(SentimentPredictor predictor, String origin, ShopperMessages test, PrintStream out) {
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
