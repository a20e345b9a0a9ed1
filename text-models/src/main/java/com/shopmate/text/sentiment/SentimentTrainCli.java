package com.shopmate.text.sentiment;

import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.SoftmaxConfig;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.encoder.Encoders;
import com.shopmate.text.eval.CliArguments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Trains the sentiment-service's model on the built-in pack plus, when they are there, the review data sets of
 * {@link SentimentTrainingData} (mixed by {@link SentimentTrainingMix}), and writes it as a new version under
 * {@code --out}, where the service loads the newest. Prints what it trained on, then the version's folder.
 */
public final class SentimentTrainCli {

    static final Path DEFAULT_OUT = Path.of(".shopmate", "models", "sentiment");
    static final Path DEFAULT_PACK = Path.of("sentiment-service", "src", "main", "resources", "sentiment", "training");
    static final Path DEFAULT_DATA = Path.of("..", "shared", "datasets");

    static final String USAGE = """
            Usage: SentimentTrainCli [--out DIR] [--pack DIR] [--data DIR | --pack-only] [--seed N]
                                     [--reviews-per-language N] [--pack-share F]
              Trains the sentiment model on the built-in pack (shopper messages labelled with polarity and emotion)
              and, if present, the review data sets (zh: online_shopping_10_cats + waimai_10k; en:
              twitter_airline_sentiment; train files only), and writes it to DIR/<version>/.
              --out DIR                 model folder (default .shopmate/models/sentiment); sentiment-service
                                        serves the newest
              --pack DIR                the pack's YAML files (default sentiment-service/src/main/resources/
                                        sentiment/training)
              --data DIR                the data-set folder (default ../shared/datasets; without it the pack alone)
              --pack-only               train the pack alone: the model sentiment-service trains at start
              --reviews-per-language N  a stratified sample of at most N review rows per language (default 20000)
              --pack-share F            the pack is repeated until it is this share of each language's rows
                                        (default 0.5)
              --seed N                  training and sampling seed (default 42): same data and seed, same model
            """;

    private static final Logger LOG = LoggerFactory.getLogger(SentimentTrainCli.class);
    private static final Set<String> OPTIONS = Set.of("out", "pack", "data", "seed", "reviews-per-language",
            "pack-share");
    private static final Set<String> FLAGS = Set.of("pack-only", "help");

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
        SentimentTrainingMix mix;
        try {
            a = CliArguments.parse(args, OPTIONS, FLAGS);
            if (a.flag("pack-only") && a.get("data").isPresent()) {
                throw new IllegalArgumentException("give --data DIR or --pack-only, not both");
            }
            mix = new SentimentTrainingMix(
                    (int) a.integer("reviews-per-language", SentimentTrainingMix.DEFAULT.reviewsPerLanguage()),
                    a.number("pack-share", SentimentTrainingMix.DEFAULT.packShare()));
        } catch (IllegalArgumentException e) {
            err.println("sentiment-train: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (a.flag("help")) {
            out.print(USAGE);
            return 0;
        }
        long seed = a.integer("seed", SoftmaxConfig.DEFAULT_SEED);
        SentimentModelStore store = new SentimentModelStore(a.get("out").map(Path::of).orElse(DEFAULT_OUT));
        TextClassifierConfig config = SentimentClassifierConfig.defaults();
        config = config.withSoftmax(config.softmax().withSeed(seed));
        SentimentPack pack;
        List<LabeledText> reviews;
        try {
            pack = SentimentPack.loadDirectory(a.get("pack").map(Path::of).orElse(DEFAULT_PACK));
            reviews = reviews(a, err).map(SentimentTrainingData::read).orElse(List.of());
        } catch (IllegalArgumentException | UncheckedIOException | SentimentPackException e) {
            err.println("sentiment-train: " + e.getMessage());
            return 1;
        }
        SentimentTrainingMix.Rows rows = mix.mix(pack, reviews, seed);
        long start = System.nanoTime();
        TextClassifier classifier = TextClassifier.train(rows.rows(), config,
                id -> new DistinctTextEncoder(Encoders.byId(id)));
        Path saved = store.save(classifier);
        LOG.info("{}", config.describe());
        out.println(String.format(Locale.ROOT, "model %s trained in %.1f s on %d rows (%s); pack: %s",
                classifier.version(), (System.nanoTime() - start) / 1e9, rows.rows().size(), rows.description(),
                pack.describe()));
        out.println(saved);
        return 0;
    }

    /** The data-set folder to read reviews from: none with --pack-only, or when the default folder is absent. */
    private static Optional<Path> reviews(CliArguments a, PrintStream err) {
        if (a.flag("pack-only")) {
            return Optional.empty();
        }
        Optional<Path> given = a.get("data").map(Path::of);
        if (given.isEmpty() && !Files.isDirectory(DEFAULT_DATA)) {
            err.println("sentiment-train: no review data sets at " + DEFAULT_DATA + ": training the pack alone");
            return Optional.empty();
        }
        return Optional.of(given.orElse(DEFAULT_DATA));
    }
}
