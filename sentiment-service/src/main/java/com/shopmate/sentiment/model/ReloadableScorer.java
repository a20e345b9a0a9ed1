package com.shopmate.sentiment.model;

import com.shopmate.sentiment.scoring.CurrentScorer;
import com.shopmate.sentiment.scoring.LexiconSentimentScorer;
import com.shopmate.sentiment.scoring.ScoringConfig;
import com.shopmate.sentiment.scoring.SentimentLexicon;
import com.shopmate.sentiment.scoring.SentimentScorer;
import com.shopmate.sentiment.scoring.TrainedSentimentScorer;
import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The scorer utterances are scored with now, built at start: training the built-in pack happens before the service
 * is ready, not on the first utterance. {@link #reload()} swaps in the newest saved model whole: an utterance takes
 * {@link #current()} once and is scored and labelled by that one scorer, so one in flight during a swap finishes on
 * the old model and names it. Until the new model is loaded (and warm) the old one answers; if loading fails, it
 * stays.
 */
@Startup
@Singleton
public class ReloadableScorer implements CurrentScorer {

    /** Why {@link #reload()} did not swap: nothing to load, or another reload is loading. */
    public static final class NotReloaded extends RuntimeException {
        private final boolean busy;

        NotReloaded(String message, boolean busy) {
            super(message);
            this.busy = busy;
        }

        public boolean busy() {
            return busy;
        }
    }

    private final SentimentModelLoader loader;
    private final AtomicReference<SentimentScorer> current = new AtomicReference<>();
    private final ReentrantLock reloading = new ReentrantLock();

    @Inject
    ReloadableScorer(ScoringConfig config) {
        this(loader(config));
    }

    ReloadableScorer(SentimentModelLoader loader) {
        this.loader = loader;
        current.set(loader.atStart());
    }

    private static SentimentModelLoader loader(ScoringConfig config) {
        LexiconSentimentScorer lexicon = new LexiconSentimentScorer(
                SentimentLexicon.fromClasspath(config.lexicon()), config.neutralBand());
        Path directory = ModelDirectory.resolve(config.modelDir(), Path.of(System.getProperty("user.dir")));
        return new SentimentModelLoader(directory, config.builtInTraining(), lexicon, config.modelNeutralBand());
    }

    @Override
    public SentimentScorer current() {
        return current.get();
    }

    /**
     * Loads the newest saved model and serves it from now on.
     *
     * @return its model version
     * @throws NotReloaded      when the model folder holds no model, or another reload is under way
     * @throws RuntimeException when the newest model cannot be read; the current one keeps serving
     */
    public String reload() {
        if (!reloading.tryLock()) {
            throw new NotReloaded("another reload is loading a model; try again when it is done", true);
        }
        try {
            TrainedSentimentScorer next = loader.newestSaved().orElseThrow(() -> new NotReloaded(
                    "no saved sentiment model in " + loader.directory() + " (train one with ./shopmate train "
                            + "sentiment); still serving " + current().modelVersion(), false));
            current.set(next);
            return next.modelVersion();
        } finally {
            reloading.unlock();
        }
    }
}
