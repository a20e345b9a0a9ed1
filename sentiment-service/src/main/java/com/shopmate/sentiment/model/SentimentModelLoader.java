package com.shopmate.sentiment.model;

import com.shopmate.kit.model.ModelLoader;
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

/**
 * How sentiment-service reads its kind of model: a version saved by {@code ./shopmate train sentiment} (the
 * text-models classifier format, the newest being the one created last), scored with the lexicon's intensity
 * rules; with none saved, the built-in pack trained here and now (a fresh clone has no saved model, and the review
 * data sets may not be shipped), else, if even that fails, the lexicon baseline. Every scorer is warmed up before
 * it is handed out, so the first shopper after a start or a swap does not wait for the encoders.
 */
final class SentimentModelLoader implements ModelLoader<SentimentScorer> {

    private static final Logger LOG = Logger.getLogger(SentimentModelLoader.class);
    // One per language: each sub-model's first run is slow (JIT, ONNX Runtime's first allocations).
    private static final List<String> WARM_UP_TEXTS = List.of("thanks", "谢谢");

    private final List<String> builtInPack;
    private final LexiconSentimentScorer lexicon;
    private final double modelNeutralBand;

    SentimentModelLoader(List<String> builtInPack, LexiconSentimentScorer lexicon, double modelNeutralBand) {
        this.builtInPack = List.copyOf(builtInPack);
        this.lexicon = lexicon;
        this.modelNeutralBand = modelNeutralBand;
    }

    @Override
    public SentimentScorer load(Path version) {
        return warm(new TrainedSentimentScorer(TextClassifier.load(version), lexicon, modelNeutralBand));
    }

    /** Never fails, so the service always starts and scores. */
    @Override
    public SentimentScorer builtIn() {
        try {
            long start = System.nanoTime();
            SentimentPack pack = SentimentPack.fromClasspath(SentimentModelLoader.class.getClassLoader(),
                    builtInPack);
            TextClassifier classifier = TextClassifier.train(pack.tones(), SentimentClassifierConfig.defaults());
            TrainedSentimentScorer scorer = warm(new TrainedSentimentScorer(classifier, lexicon, modelNeutralBand));
            LOG.infof("trained the built-in pack (%d examples) in %.1f s, model %s", pack.examples().size(),
                    (System.nanoTime() - start) / 1e9, scorer.modelVersion());
            return scorer;
        } catch (RuntimeException e) {
            LOG.errorf(e, "the built-in sentiment pack could not be trained: scoring with the lexicon baseline %s",
                    lexicon.modelVersion());
            return lexicon;
        }
    }

    @Override
    public Optional<Path> newest(Path folder) {
        return new SentimentModelStore(folder).newest();
    }

    @Override
    public String modelVersion(SentimentScorer model) {
        return model.modelVersion();
    }

    private static TrainedSentimentScorer warm(TrainedSentimentScorer scorer) {
        WARM_UP_TEXTS.forEach(scorer::score);
        return scorer;
    }
}
