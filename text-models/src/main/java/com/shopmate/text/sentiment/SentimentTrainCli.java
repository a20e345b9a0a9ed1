package com.shopmate.text.sentiment;

import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.SoftmaxConfig;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.eval.CliArguments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Trains the sentiment-service's model on the data sets of {@link SentimentTrainingData} and writes it as a new
 * version under {@code --out}, where the service loads the newest at start. Prints the version's folder.
 */
public final class SentimentTrainCli {

    static final Path DEFAULT_OUT = Path.of(".shopmate", "models", "sentiment");
    static final Path DEFAULT_DATA = Path.of("..", "shared", "datasets");

    static final String USAGE = """
            Usage: SentimentTrainCli [--out DIR] [--data DIR] [--seed N]
              Trains the sentiment model (zh: online_shopping_10_cats + waimai_10k; en: twitter_airline_sentiment;
              train files only) and writes it to DIR/<version>/ (the text-models artifact format).
              --out DIR     model folder (default .shopmate/models/sentiment); sentiment-service loads the newest
              --data DIR    the data-set folder (default ../shared/datasets)
              --seed N      training seed (default 42): same data and seed, same model and version
            """;

    private static final Logger LOG = LoggerFactory.getLogger(SentimentTrainCli.class);
    private static final Set<String> OPTIONS = Set.of("out", "data", "seed");

    private SentimentTrainCli() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        // ONNX Runtime and the tokenizer hold native threads: exit rather than wait for them.
        System.exit(status);
    }

    /** Runs the command; returns the exit status (0 done, 1 unreadable data, 2 bad arguments). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        CliArguments a;
        try {
            a = CliArguments.parse(args, OPTIONS, Set.of("help"));
        } catch (IllegalArgumentException e) {
            err.println("sentiment-train: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (a.flag("help")) {
            out.print(USAGE);
            return 0;
        }
        Path data = a.get("data").map(Path::of).orElse(DEFAULT_DATA);
        SentimentModelStore store = new SentimentModelStore(a.get("out").map(Path::of).orElse(DEFAULT_OUT));
        TextClassifierConfig config = SentimentClassifierConfig.defaults();
        config = config.withSoftmax(config.softmax().withSeed(a.integer("seed", SoftmaxConfig.DEFAULT_SEED)));
        List<LabeledText> rows;
        try {
            rows = SentimentTrainingData.read(data);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("sentiment-train: " + e.getMessage());
            return 1;
        }
        long start = System.nanoTime();
        TextClassifier classifier = TextClassifier.train(rows, config);
        Path saved = store.save(classifier);
        LOG.info(String.format(Locale.ROOT, "model %s trained on %d rows in %.1f s: %s", classifier.version(),
                rows.size(), (System.nanoTime() - start) / 1e9, config.describe()));
        out.println(saved);
        return 0;
    }
}
