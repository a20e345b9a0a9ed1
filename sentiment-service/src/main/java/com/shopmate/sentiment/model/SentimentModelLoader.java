package com.shopmate.sentiment.model;

import com.shopmate.sentiment.scoring.LexiconSentimentScorer;
import com.shopmate.sentiment.scoring.SentimentScorer;
import com.shopmate.sentiment.scoring.TrainedSentimentScorer;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.sentiment.SentimentClassifierConfig;
import com.shopmate.text.sentiment.SentimentModelStore;
import com.shopmate.text.sentiment.SentimentPack;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the scorers the service serves: the newest model saved in the model folder (by {@code ./shopmate train
 * sentiment}), else the built-in pack trained here and now (a fresh clone has no saved model, and the review data
 * sets may not be shipped), else, if even that fails, the lexicon baseline. Every scorer is warmed up before it is
 * handed out, so the first shopper after a start or a reload does not wait for the encoders.
 */
final class SentimentModelLoader {

    private static final Logger LOG = Logger.getLogger(SentimentModelLoader.class);
    // One per language: each sub-model's first run is slow (JIT, ONNX Runtime's first allocations).
    private static final List<String> WARM_UP_TEXTS = List.of("thanks", "谢谢");

    private final SentimentModelStore store;
    private final List<String> builtInPack;
    private final LexiconSentimentScorer lexicon;
    private final double modelNeutralBand;
    private final Function<Path, TextClassifier> reader;

    SentimentModelLoader(Path directory, List<String> builtInPack, LexiconSentimentScorer lexicon,
                         double modelNeutralBand) {
        this(directory, builtInPack, lexicon, modelNeutralBand, TextClassifier::load);
    }

    /** @param reader reads a saved model version (a test slows it down to reload concurrently) */
    SentimentModelLoader(Path directory, List<String> builtInPack, LexiconSentimentScorer lexicon,
                         double modelNeutralBand, Function<Path, TextClassifier> reader) {
        this.store = new SentimentModelStore(directory);
        this.builtInPack = List.copyOf(builtInPack);
        this.lexicon = lexicon;
        this.modelNeutralBand = modelNeutralBand;
        this.reader = reader;
    }

    Path directory() {
        return store.root();
    }

    /** What to serve at start; never fails, so the service always starts and scores. */
    SentimentScorer atStart() {
        try {
            Optional<TrainedSentimentScorer> saved = newestSaved();
            if (saved.isPresent()) {
                return saved.get();
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "the newest sentiment model in %s cannot be loaded: training the built-in pack instead",
                    store.root());
        }
        try {
            return builtIn();
        } catch (RuntimeException e) {
            LOG.errorf(e, "the built-in sentiment pack could not be trained: scoring with the lexicon baseline %s",
                    lexicon.modelVersion());
            return lexicon;
        }
    }

    /**
     * The newest saved model, warmed up; empty when the folder holds none.
     *
     * @throws RuntimeException when it cannot be read (damaged, not a sentiment model)
     */
    Optional<TrainedSentimentScorer> newestSaved() {
        Optional<Path> newest = store.newest();
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        TrainedSentimentScorer scorer = warm(new TrainedSentimentScorer(reader.apply(newest.get()), lexicon,
                modelNeutralBand));
        LOG.infof("sentiment model %s loaded from %s in %.1f s", scorer.modelVersion(), newest.get(),
                seconds(start));
        return Optional.of(scorer);
    }

    private TrainedSentimentScorer builtIn() {
        long start = System.nanoTime();
        SentimentPack pack = SentimentPack.fromClasspath(SentimentModelLoader.class.getClassLoader(), builtInPack);
        TextClassifier classifier = TextClassifier.train(pack.tones(), SentimentClassifierConfig.defaults());
        TrainedSentimentScorer scorer = warm(new TrainedSentimentScorer(classifier, lexicon, modelNeutralBand));
        LOG.infof("no sentiment model in %s: trained the built-in pack (%d examples) in %.1f s, model %s",
                store.root(), pack.examples().size(), seconds(start), scorer.modelVersion());
        return scorer;
    }

    private static TrainedSentimentScorer warm(TrainedSentimentScorer scorer) {
        WARM_UP_TEXTS.forEach(scorer::score);
        return scorer;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
