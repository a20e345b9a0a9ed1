package com.shopmate.text.classifier;

import com.shopmate.text.encoder.EncoderSpec;
import com.shopmate.text.features.CombinedFeaturizer;
import com.shopmate.text.features.TfIdfConfig;

/**
 * The features of one language's sub-model.
 *
 * @param encoderId   the sentence encoder, by {@link com.shopmate.text.encoder.SentenceEncoder#id()}
 * @param denseWeight scale of the (unit-length) embedding beside the (unit-length) TF-IDF vector
 */
public record LanguageFeatures(String encoderId, TfIdfConfig tfIdf, float denseWeight) {

    public static LanguageFeatures english() {
        return new LanguageFeatures(EncoderSpec.BGE_SMALL_EN.id(), TfIdfConfig.english(),
                CombinedFeaturizer.DEFAULT_DENSE_WEIGHT);
    }

    public static LanguageFeatures chinese() {
        return new LanguageFeatures(EncoderSpec.BGE_SMALL_ZH.id(), TfIdfConfig.chinese(),
                CombinedFeaturizer.DEFAULT_DENSE_WEIGHT);
    }

    public LanguageFeatures withTfIdf(TfIdfConfig config) {
        return new LanguageFeatures(encoderId, config, denseWeight);
    }

    public LanguageFeatures withDenseWeight(float weight) {
        return new LanguageFeatures(encoderId, tfIdf, weight);
    }
}
