package com.shopmate.sentiment.model;

import com.shopmate.kit.model.ModelFolder;
import com.shopmate.kit.model.ReloadableModel;
import com.shopmate.sentiment.scoring.CurrentScorer;
import com.shopmate.sentiment.scoring.LexiconSentimentScorer;
import com.shopmate.sentiment.scoring.ScoringConfig;
import com.shopmate.sentiment.scoring.SentimentLexicon;
import com.shopmate.sentiment.scoring.SentimentScorer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The scorer utterances are scored with now: the version the active pointer of
 * {@code shopmate.sentiment.model-dir} names, else the newest saved one, else the built-in pack
 * ({@link SentimentModelLoader}); activated and swapped through the service kit's {@code /admin/sentiment/model}
 * API and {@code ModelActivated} announcements. Built at start: training the built-in pack happens before the
 * service is ready, not on the first utterance.
 */
@Startup
@Singleton
public class ServedSentimentModel implements CurrentScorer {

    /** The kind in {@code /admin/sentiment/model} and on {@code ModelActivated}. */
    public static final String KIND = "sentiment";

    private final ReloadableModel<SentimentScorer> model;

    @Inject
    ServedSentimentModel(ScoringConfig config) {
        this(ModelFolder.locate(config.modelDir()), new SentimentModelLoader(config.builtInTraining(),
                new LexiconSentimentScorer(SentimentLexicon.fromClasspath(config.lexicon()), config.neutralBand()),
                config.modelNeutralBand()));
    }

    ServedSentimentModel(ModelFolder folder, SentimentModelLoader loader) {
        this.model = new ReloadableModel<>(KIND, folder, loader);
    }

    /** The served model, for the kit's admin API and activation listener. */
    @Produces
    @Singleton
    ReloadableModel<SentimentScorer> model() {
        return model;
    }

    @Override
    public SentimentScorer current() {
        return model.current();
    }
}
