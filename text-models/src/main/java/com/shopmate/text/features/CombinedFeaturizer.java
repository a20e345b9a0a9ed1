package com.shopmate.text.features;

import com.shopmate.text.encoder.SentenceEncoder;

import java.util.ArrayList;
import java.util.List;

/**
 * TF-IDF n-grams beside a sentence embedding. The n-grams catch exact wording (product words, typos, code-switched
 * English in Chinese); the embedding catches paraphrases the training data never spelled out. Both blocks are
 * L2-normalised; {@code denseWeight} scales the embedding so that it is not drowned by hundreds of n-grams.
 */
public final class CombinedFeaturizer {

    public static final float DEFAULT_DENSE_WEIGHT = 2f;

    private final TfIdfVectorizer tfIdf;
    private final SentenceEncoder encoder;
    private final float denseWeight;

    public CombinedFeaturizer(TfIdfVectorizer tfIdf, SentenceEncoder encoder, float denseWeight) {
        this.tfIdf = tfIdf;
        this.encoder = encoder;
        this.denseWeight = denseWeight;
    }

    public FeatureVector featurize(String text) {
        return new FeatureVector(tfIdf.transform(text), scaled(encoder.embed(text)));
    }

    /** Same as {@link #featurize} for each text, with the embeddings computed in batches. */
    public List<FeatureVector> featurizeAll(List<String> texts) {
        float[][] embeddings = encoder.embedAll(texts);
        List<FeatureVector> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(new FeatureVector(tfIdf.transform(texts.get(i)), scaled(embeddings[i])));
        }
        return out;
    }

    private float[] scaled(float[] embedding) {
        float[] v = embedding.clone();
        for (int k = 0; k < v.length; k++) {
            v[k] *= denseWeight;
        }
        return v;
    }

    public TfIdfVectorizer tfIdf() {
        return tfIdf;
    }

    public SentenceEncoder encoder() {
        return encoder;
    }

    public float denseWeight() {
        return denseWeight;
    }

    public int sparseDimension() {
        return tfIdf.dimension();
    }

    public int denseDimension() {
        return encoder.dimension();
    }
}
