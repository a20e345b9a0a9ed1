package com.shopmate.tools.training.sentiment;

import com.shopmate.text.encoder.SentenceEncoder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Embeds each distinct text once, for one training run. {@link SentimentTrainingMix} lists every pack message some
 * 25-35 times; embedding each copy again would be half the training time. The texts not seen yet go to the encoder
 * in one call, in the order they first appear, so training rows without repeats are embedded exactly as the encoder
 * alone would (and the pack alone trains the very model the service trains at start). Not for serving: it keeps
 * every embedding it has made.
 */
final class DistinctTextEncoder implements SentenceEncoder {

    private final SentenceEncoder encoder;
    private final Map<String, float[]> embedded = new HashMap<>();

    DistinctTextEncoder(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String id() {
        return encoder.id();
    }

    @Override
    public int dimension() {
        return encoder.dimension();
    }

    @Override
    public synchronized float[] embed(String text) {
        return embedded.computeIfAbsent(text, encoder::embed);
    }

    @Override
    public synchronized float[][] embedAll(List<String> texts) {
        List<String> missing = new ArrayList<>(new LinkedHashSet<>(texts));
        missing.removeIf(embedded::containsKey);
        if (!missing.isEmpty()) {
            float[][] vectors = encoder.embedAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                embedded.put(missing.get(i), vectors[i]);
            }
        }
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            out[i] = embedded.get(texts.get(i));
        }
        return out;
    }
}
