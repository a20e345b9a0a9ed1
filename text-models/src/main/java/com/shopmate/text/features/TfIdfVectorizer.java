package com.shopmate.text.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF over character and word n-grams, L2-normalised. The vocabulary comes from the training texts only and is
 * sorted, so the same texts always give the same feature indices.
 */
public final class TfIdfVectorizer {

    // Prefixes keep a character n-gram and a word n-gram with the same letters apart.
    private static final String CHAR_PREFIX = "c:";
    private static final String WORD_PREFIX = "w:";

    private final TfIdfConfig config;
    private final String[] terms;
    private final float[] idf;
    private final Map<String, Integer> index;

    private TfIdfVectorizer(TfIdfConfig config, String[] terms, float[] idf) {
        if (terms.length != idf.length) {
            throw new IllegalArgumentException("vocabulary and idf differ in length");
        }
        this.config = config;
        this.terms = terms;
        this.idf = idf;
        this.index = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            index.put(terms[i], i);
        }
    }

    /** Learns the vocabulary and the inverse document frequencies from {@code texts}. */
    public static TfIdfVectorizer fit(TfIdfConfig config, List<String> texts) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String text : texts) {
            for (String term : new HashSet<>(terms(config, text))) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        String[] vocabulary = documentFrequency.entrySet().stream()
                .filter(e -> e.getValue() >= config.minDocumentFrequency())
                .map(Map.Entry::getKey)
                .sorted()
                .toArray(String[]::new);
        float[] idf = new float[vocabulary.length];
        int n = texts.size();
        for (int i = 0; i < vocabulary.length; i++) {
            // Smoothed idf (as scikit-learn): no zero weights, no division by zero.
            idf[i] = (float) (Math.log((1.0 + n) / (1.0 + documentFrequency.get(vocabulary[i]))) + 1.0);
        }
        return new TfIdfVectorizer(config, vocabulary, idf);
    }

    /** Restores a fitted vectorizer, as saved in a model artifact. */
    public static TfIdfVectorizer of(TfIdfConfig config, List<String> vocabulary, float[] idf) {
        return new TfIdfVectorizer(config, vocabulary.toArray(String[]::new), idf.clone());
    }

    public SparseVector transform(String text) {
        List<String> found = terms(config, text);
        int[] ids = new int[found.size()];
        int count = 0;
        for (String term : found) {
            Integer id = index.get(term);
            if (id != null) {
                ids[count++] = id;
            }
        }
        Arrays.sort(ids, 0, count);
        int[] indices = new int[count];
        float[] values = new float[count];
        int size = 0;
        double squares = 0;
        for (int i = 0; i < count; ) {
            int j = i;
            while (j < count && ids[j] == ids[i]) {
                j++;
            }
            int tf = j - i;
            float weight = (float) ((config.sublinearTf() ? 1 + Math.log(tf) : tf) * idf[ids[i]]);
            indices[size] = ids[i];
            values[size] = weight;
            squares += weight * weight;
            size++;
            i = j;
        }
        if (squares > 0) {
            float scale = (float) (1 / Math.sqrt(squares));
            for (int i = 0; i < size; i++) {
                values[i] *= scale;
            }
        }
        return new SparseVector(Arrays.copyOf(indices, size), Arrays.copyOf(values, size));
    }

    /** The n-grams of {@code text}, with repeats, before the vocabulary filters them. */
    static List<String> terms(TfIdfConfig config, String text) {
        String normalised = TextNormalizer.normalise(text);
        List<String> out = new ArrayList<>();
        NgramRange chars = config.chars();
        if (!chars.isEmpty()) {
            // Spaces around the text mark word starts and ends inside character n-grams.
            int[] cps = (" " + normalised + " ").codePoints().toArray();
            for (int n = chars.min(); n <= chars.max(); n++) {
                for (int i = 0; i + n <= cps.length; i++) {
                    if (n == 1 && cps[i] == ' ') {
                        continue;
                    }
                    out.add(CHAR_PREFIX + new String(cps, i, n));
                }
            }
        }
        NgramRange words = config.words();
        if (!words.isEmpty()) {
            List<String> tokens = WordTokenizer.words(normalised);
            for (int n = words.min(); n <= words.max(); n++) {
                for (int i = 0; i + n <= tokens.size(); i++) {
                    out.add(WORD_PREFIX + String.join(" ", tokens.subList(i, i + n)));
                }
            }
        }
        return out;
    }

    public TfIdfConfig config() {
        return config;
    }

    public int dimension() {
        return terms.length;
    }

    public List<String> vocabulary() {
        return List.of(terms);
    }

    public float[] idf() {
        return idf.clone();
    }
}
