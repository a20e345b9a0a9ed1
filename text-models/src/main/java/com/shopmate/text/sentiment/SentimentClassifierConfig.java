package com.shopmate.text.sentiment;

import com.shopmate.text.classifier.Language;
import com.shopmate.text.classifier.LanguageFeatures;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.features.TfIdfConfig;

/**
 * The sentiment classifier's features and training: the text-models classifier (TF-IDF character n-grams beside
 * a bge-small embedding, into a softmax), with settings chosen on a carved validation split of
 * online_shopping_10_cats train. {@code sentiment-eval} measures these settings on one data set;
 * {@code ./shopmate train sentiment} (model-tools) and sentiment-service train the shipped model with them on the pack and the reviews.
 */
public final class SentimentClassifierConfig {

    /**
     * An n-gram must occur in at least this many training texts. Reviews are long and many: with every n-gram kept
     * the Chinese vocabulary of online_shopping_10_cats alone is 1.1 million terms, most seen once, which the
     * service would hold in memory; from 3 texts up it is 206 thousand, at the same validation accuracy (94.1%).
     */
    static final int MIN_DOCUMENT_FREQUENCY = 3;

    private SentimentClassifierConfig() {
    }

    public static TextClassifierConfig defaults() {
        TextClassifierConfig config = TextClassifierConfig.defaults();
        for (Language language : Language.values()) {
            LanguageFeatures features = config.features(language);
            TfIdfConfig tfIdf = features.tfIdf();
            config = config.with(language, features.withTfIdf(new TfIdfConfig(tfIdf.chars(), tfIdf.words(),
                    MIN_DOCUMENT_FREQUENCY, tfIdf.sublinearTf())));
        }
        return config;
    }
}
