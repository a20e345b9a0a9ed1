package com.shopmate.tools.training.sentiment;

import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.SoftmaxConfig;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.encoder.Encoders;
import com.shopmate.text.sentiment.SentimentClassifierConfig;
import com.shopmate.text.sentiment.SentimentModelStore;
import com.shopmate.text.sentiment.SentimentPack;
import com.shopmate.text.sentiment.SentimentPackException;
import com.shopmate.tools.HelpOption;
import com.shopmate.tools.training.ModelActivation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code ./shopmate train sentiment}: trains the sentiment-service's model on the built-in pack plus, when they are
 * there, the review data sets of {@link SentimentTrainingData} (mixed by {@link SentimentTrainingMix}), and writes it
 * as a new version under {@code --out} and activates it ({@link ModelActivation}). Prints what it trained on, then the
 * version's folder. Exit status 0 done, 1 unreadable data, 2 bad arguments.
 */
@Command(name = "sentiment", sortOptions = false,
        description = "Trains the sentiment model on the built-in pack (shopper messages labelled with polarity and "
                + "emotion) and, if present, the review data sets (zh: online_shopping_10_cats + waimai_10k; en: "
                + "twitter_airline_sentiment; train files only), and writes it to DIR/<version>/.")
public final class SentimentTrainCommand implements Callable<Integer> {

    @Mixin
    HelpOption helpOption;

    public static final String DEFAULT_PACK = "sentiment-service/src/main/resources/sentiment/training";

    /** The model kind sentiment-service serves: {@code /admin/sentiment/model}. */
    private static final String KIND = "sentiment";

    private static final Logger LOG = LoggerFactory.getLogger(SentimentTrainCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "model folder (default: the local stack's, <data dir>/models/sentiment); a version saved "
                    + "elsewhere is not activated")
    Path out;

    @Option(names = "--pack", paramLabel = "DIR", defaultValue = DEFAULT_PACK,
            description = "the pack's YAML files (default ${DEFAULT-VALUE})")
    Path pack;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/datasets",
            description = "the data-set folder (default ${DEFAULT-VALUE}; when that is absent, the pack alone)")
    Path data;

    @Option(names = "--pack-only", description = "train the pack alone: the model sentiment-service trains at start")
    boolean packOnly;

    @Option(names = "--reviews-per-language", paramLabel = "N",
            defaultValue = "" + SentimentTrainingMix.DEFAULT_REVIEWS_PER_LANGUAGE,
            description = "a stratified sample of at most N review rows per language (default ${DEFAULT-VALUE})")
    int reviewsPerLanguage;

    @Option(names = "--pack-share", paramLabel = "F", defaultValue = "" + SentimentTrainingMix.DEFAULT_PACK_SHARE,
            description = "the pack is repeated until it is this share of each language's rows (default "
                    + "${DEFAULT-VALUE})")
    double packShare;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + SoftmaxConfig.DEFAULT_SEED,
            description = "training and sampling seed (default ${DEFAULT-VALUE}): same data and seed, same model")
    long seed;

    @Option(names = "--no-activate", description = "only save the version: the one served stays as it is")
    boolean noActivate;

    private final ModelActivation activation;

    public SentimentTrainCommand(ModelActivation activation) {
        this.activation = activation;
    }

    public SentimentTrainCommand() {
        this(ModelActivation.NONE);
    }

    @Override
    public Integer call() {
        boolean dataGiven = spec.commandLine().getParseResult().hasMatchedOption("--data");
        if (packOnly && dataGiven) {
            throw new ParameterException(spec.commandLine(), "give --data DIR or --pack-only, not both");
        }
        SentimentTrainingMix mix;
        try {
            mix = new SentimentTrainingMix(reviewsPerLanguage, packShare);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        TextClassifierConfig config = SentimentClassifierConfig.defaults();
        config = config.withSoftmax(config.softmax().withSeed(seed));
        SentimentPack loaded;
        List<LabeledText> reviews;
        try {
            loaded = SentimentPack.loadDirectory(pack);
            reviews = reviews(dataGiven, err).map(SentimentTrainingData::read).orElse(List.of());
        } catch (IllegalArgumentException | UncheckedIOException | SentimentPackException e) {
            err.println(spec.qualifiedName() + ": " + e.getMessage());
            return 1;
        }
        SentimentTrainingMix.Rows rows = mix.mix(loaded, reviews, seed);
        long start = System.nanoTime();
        TextClassifier classifier = TextClassifier.train(rows.rows(), config,
                id -> new DistinctTextEncoder(Encoders.byId(id)));
        Path folder = out != null ? out : activation.defaultFolder(KIND);
        Path saved = new SentimentModelStore(folder).save(classifier);
        LOG.info("{}", config.describe());
        PrintWriter printed = spec.commandLine().getOut();
        printed.println(String.format(Locale.ROOT, "model %s trained in %.1f s on %d rows (%s); pack: %s",
                classifier.version(), (System.nanoTime() - start) / 1e9, rows.rows().size(), rows.description(),
                loaded.describe()));
        printed.println(saved);
        printed.flush();
        if (noActivate) {
            err.println("trained " + KIND + " model " + saved.getFileName() + ", not activated");
        } else {
            activation.activate(KIND, folder, saved.getFileName().toString(), err);
        }
        return 0;
    }

    /** The data-set folder to read reviews from: none with --pack-only, or when the default folder is absent. */
    private Optional<Path> reviews(boolean dataGiven, PrintWriter err) {
        if (packOnly) {
            return Optional.empty();
        }
        if (!dataGiven && !Files.isDirectory(data)) {
            err.println(spec.qualifiedName() + ": no review data sets at " + data + ": training the pack alone");
            return Optional.empty();
        }
        return Optional.of(data);
    }
}
