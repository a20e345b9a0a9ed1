package com.shopmate.sentiment.scoring;

import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.sentiment.SentimentModelStore;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the scorer at start: the newest trained model in {@code shopmate.sentiment.model-dir}, or, when there is
 * none (a fresh clone), the lexicon baseline with a warning. Either way the service starts and scores.
 */
@ApplicationScoped
public class SentimentScorers {

    // DJL's tokenizer would otherwise look for updates of its native library online; everything it needs is in its jar.
    private static final String DJL_OFFLINE = "ai.djl.offline";
    // One per language: each sub-model's first run is slow (JIT, ONNX Runtime's first allocations).
    private static final List<String> WARM_UP_TEXTS = List.of("thanks", "谢谢");
    private static final Logger LOG = Logger.getLogger(SentimentScorers.class);

    @Produces
    @Singleton
    SentimentScorer scorer(ScoringConfig config) {
        LexiconSentimentScorer lexicon = new LexiconSentimentScorer(
                SentimentLexicon.fromClasspath(config.lexicon()), config.neutralBand());
        Path directory = ModelDirectory.resolve(config.modelDir(), Path.of(System.getProperty("user.dir")));
        return choose(directory, lexicon, config.modelNeutralBand());
    }

    /** The trained scorer on the newest model in {@code directory}, or {@code lexicon} if it holds none. */
    static SentimentScorer choose(Path directory, LexiconSentimentScorer lexicon, double modelNeutralBand) {
        SentimentModelStore store = new SentimentModelStore(directory);
        Optional<Path> newest = store.newest();
        if (newest.isEmpty()) {
            LOG.warnf("no trained sentiment model in %s: scoring with the lexicon baseline %s. Train one with "
                    + "SentimentTrainCli (see sentiment-service/README.md) and restart.", directory,
                    lexicon.modelVersion());
            return lexicon;
        }
        if (System.getProperty(DJL_OFFLINE) == null) {
            System.setProperty(DJL_OFFLINE, "true");
        }
        long start = System.nanoTime();
        TextClassifier classifier = TextClassifier.load(newest.get());
        TrainedSentimentScorer scorer = new TrainedSentimentScorer(classifier, lexicon, modelNeutralBand);
        LOG.infof("sentiment model %s loaded from %s in %.1f s", scorer.modelVersion(), newest.get(),
                (System.nanoTime() - start) / 1e9);
        return scorer;
    }

    /** Loads the model (and runs each language once) before the first utterance, not while it waits. */
    void warmUp(@Observes StartupEvent started, SentimentScorer scorer) {
        WARM_UP_TEXTS.forEach(scorer::score);
    }
}
