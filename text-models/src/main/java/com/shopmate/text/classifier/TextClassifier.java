package com.shopmate.text.classifier;

import com.shopmate.text.encoder.Encoders;
import com.shopmate.text.encoder.SentenceEncoder;
import com.shopmate.text.features.CombinedFeaturizer;
import com.shopmate.text.features.FeatureVector;
import com.shopmate.text.features.TfIdfVectorizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Classifies a text into one of the labels it was trained on: TF-IDF n-grams plus a sentence embedding, into a
 * softmax. One sub-model per language found in the training data; a text goes to its language's sub-model, or
 * else to the one trained on most examples.
 */
public final class TextClassifier {

    private static final Logger LOG = LoggerFactory.getLogger(TextClassifier.class);

    private final TextClassifierConfig config;
    private final Map<Language, LanguageModel> models;
    // Serves the texts of a language without a sub-model: the one trained on most examples.
    private final LanguageModel fallback;
    private final String version;

    TextClassifier(TextClassifierConfig config, Map<Language, LanguageModel> models, String version) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("a classifier needs at least one language model");
        }
        this.config = config;
        this.models = new EnumMap<>(models);
        this.fallback = models.values().stream()
                .max(Comparator.comparingInt(LanguageModel::trainingExamples)).orElseThrow();
        this.version = version;
    }

    public static TextClassifier train(List<LabeledText> examples, TextClassifierConfig config) {
        return train(examples, config, Encoders::byId);
    }

    /** As {@link #train(List, TextClassifierConfig)}, with the encoders looked up by id through {@code encoders}. */
    public static TextClassifier train(List<LabeledText> examples, TextClassifierConfig config,
                                       Function<String, SentenceEncoder> encoders) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        Map<Language, LanguageModel> models = new EnumMap<>(Language.class);
        for (Map.Entry<Language, List<LabeledText>> e : byLanguage(examples, config).entrySet()) {
            models.put(e.getKey(), trainLanguage(e.getKey(), e.getValue(), config, encoders));
        }
        return new TextClassifier(config, models, ModelVersion.of(config, models.values()));
    }

    /** The examples per sub-model: by script, with too small a language folded into the largest one. */
    private static Map<Language, List<LabeledText>> byLanguage(List<LabeledText> examples,
                                                               TextClassifierConfig config) {
        Map<Language, List<LabeledText>> groups = new EnumMap<>(Language.class);
        for (LabeledText example : examples) {
            groups.computeIfAbsent(Language.of(example.text()), l -> new ArrayList<>()).add(example);
        }
        Language largest = null;
        for (Map.Entry<Language, List<LabeledText>> e : groups.entrySet()) {
            if (largest == null || e.getValue().size() > groups.get(largest).size()) {
                largest = e.getKey();
            }
        }
        for (Language language : Language.values()) {
            List<LabeledText> group = groups.get(language);
            if (language != largest && group != null && group.size() < config.minExamplesPerLanguage()) {
                LOG.info("{}: only {} examples, fewer than {}: trained into and served by the {} model",
                        language.code(), group.size(), config.minExamplesPerLanguage(), largest.code());
                groups.get(largest).addAll(groups.remove(language));
            }
        }
        return groups;
    }

    private static LanguageModel trainLanguage(Language language, List<LabeledText> examples,
                                               TextClassifierConfig config,
                                               Function<String, SentenceEncoder> encoders) {
        LanguageFeatures features = config.features(language);
        List<String> texts = examples.stream().map(LabeledText::text).toList();
        List<String> labels = List.copyOf(new TreeSet<>(examples.stream().map(LabeledText::label).toList()));
        long start = System.nanoTime();
        TfIdfVectorizer tfIdf = TfIdfVectorizer.fit(features.tfIdf(), texts);
        CombinedFeaturizer featurizer = new CombinedFeaturizer(tfIdf, encoders.apply(features.encoderId()),
                features.denseWeight());
        List<FeatureVector> vectors = featurizer.featurizeAll(texts);
        long featurized = System.nanoTime();
        Map<String, Integer> classOf = new HashMap<>();
        labels.forEach(l -> classOf.put(l, classOf.size()));
        int[] y = examples.stream().mapToInt(e -> classOf.get(e.label())).toArray();
        SoftmaxRegression softmax = SoftmaxRegression.train(vectors, y, featurizer.sparseDimension(),
                featurizer.denseDimension(), labels.size(), config.softmax());
        LOG.info("{}: {} examples, {} labels, {} n-grams + {} embedding dims; featurized in {} s, softmax in {} s",
                language.code(), examples.size(), labels.size(), featurizer.sparseDimension(),
                featurizer.denseDimension(), seconds(featurized - start), seconds(System.nanoTime() - featurized));
        return new LanguageModel(language, labels, featurizer, softmax, examples.size());
    }

    private static String seconds(long nanos) {
        return String.format("%.1f", nanos / 1e9);
    }

    /** All labels, best first; probabilities sum to 1 over the labels of the sub-model that served the text. */
    public List<LabelScore> predict(String text) {
        return modelFor(text).predict(text);
    }

    /** {@link #predict} for each text, with the embeddings computed in batches: for evaluation and calibration. */
    public List<List<LabelScore>> predictAll(List<String> texts) {
        List<List<LabelScore>> out = new ArrayList<>(texts.size());
        Map<Language, List<Integer>> groups = new EnumMap<>(Language.class);
        for (int i = 0; i < texts.size(); i++) {
            out.add(null);
            groups.computeIfAbsent(modelFor(texts.get(i)).language(), l -> new ArrayList<>()).add(i);
        }
        groups.forEach((language, at) -> {
            LanguageModel model = models.get(language);
            List<FeatureVector> vectors = model.featurizer().featurizeAll(at.stream().map(texts::get).toList());
            for (int j = 0; j < at.size(); j++) {
                out.set(at.get(j), model.ranked(vectors.get(j)));
            }
        });
        return out;
    }

    /** The sub-model that serves {@code text}: its language's, or else the one trained on most examples. */
    public LanguageModel modelFor(String text) {
        return models.getOrDefault(Language.of(text), fallback);
    }

    /** Every label some sub-model can give, sorted. */
    public List<String> labels() {
        TreeSet<String> all = new TreeSet<>();
        models.values().forEach(m -> all.addAll(m.labels()));
        return List.copyOf(all);
    }

    /**
     * The same model with each listed language's confidences rescaled to its temperature (see
     * {@link LanguageModel#temperature()}); a new version, since the confidences change.
     */
    public TextClassifier withTemperatures(Map<Language, Double> temperatures) {
        Map<Language, LanguageModel> calibrated = new EnumMap<>(models);
        temperatures.forEach((language, t) -> calibrated.computeIfPresent(language, (l, m) -> m.withTemperature(t)));
        return new TextClassifier(config, calibrated, ModelVersion.of(config, calibrated.values()));
    }

    /** A hash of everything the predictions depend on: same data, config and seed give the same version. */
    public String version() {
        return version;
    }

    public TextClassifierConfig config() {
        return config;
    }

    public Collection<LanguageModel> languageModels() {
        return models.values();
    }

    /** Writes the model to {@code directory} (see {@link ModelArtifact}). */
    public void save(Path directory) {
        ModelArtifact.write(this, directory);
    }

    /** Reads a model that {@link #save} wrote; the shipped encoders are looked up by the ids it recorded. */
    public static TextClassifier load(Path directory) {
        return ModelArtifact.read(directory, Encoders::byId);
    }
}
