package com.shopmate.sentiment.scoring;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The lexicon of the baseline as written in its YAML resource; {@link Vocabulary} checks it for conflicts. */
public record SentimentLexicon(
        String modelVersion,
        Rules rules,
        Weighted positive,
        Weighted negative,
        Terms neutral,
        Terms contrast,
        Terms negators,
        Weighted intensifiers,
        Map<String, EmotionCues> emotions) {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public SentimentLexicon {
        require(modelVersion != null && !modelVersion.isBlank(), "model-version is missing");
        require(rules != null, "rules are missing");
        positive = positive == null ? new Weighted(null, null) : positive;
        negative = negative == null ? new Weighted(null, null) : negative;
        neutral = neutral == null ? new Terms(null, null) : neutral;
        contrast = contrast == null ? new Terms(null, null) : contrast;
        negators = negators == null ? new Terms(null, null) : negators;
        intensifiers = intensifiers == null ? new Weighted(null, null) : intensifiers;
        emotions = emotions == null ? Map.of() : new LinkedHashMap<>(emotions);
    }

    /**
     * @param negationScope      how many units after a negator a sentiment word is still flipped
     * @param normalisationAlpha squashes a raw sum x into x / sqrt(x² + alpha)
     * @param exclamationBoost   how much each "!" scales the utterance
     * @param maxExclamations    "!!!!!!" counts no more than this many
     * @param cueIntensity       what an emotion cue that is no sentiment word adds to intensity
     * @param beforeContrast     weighs what came before a contrast word ("but")
     * @param afterContrast      weighs what comes after it
     */
    public record Rules(int negationScope, double normalisationAlpha, double exclamationBoost, int maxExclamations,
            double cueIntensity, double beforeContrast, double afterContrast) {
        public Rules {
            require(negationScope > 0, "negation-scope must be positive");
            require(normalisationAlpha > 0, "normalisation-alpha must be positive");
            require(exclamationBoost >= 0 && maxExclamations >= 0, "exclamation rules must not be negative");
            require(cueIntensity >= 0, "cue-intensity must not be negative");
            require(beforeContrast > 0 && afterContrast > 0, "contrast weights must be positive");
        }
    }

    /** Terms with a weight (always written positive), per language. */
    public record Weighted(Map<String, Double> zh, Map<String, Double> en) {
        public Weighted {
            zh = zh == null ? Map.of() : new LinkedHashMap<>(zh);
            en = en == null ? Map.of() : new LinkedHashMap<>(en);
        }

        Map<String, Double> all() {
            Map<String, Double> all = new LinkedHashMap<>(zh);
            all.putAll(en);
            return all;
        }
    }

    public record Terms(List<String> zh, List<String> en) {
        public Terms {
            zh = zh == null ? List.of() : List.copyOf(zh);
            en = en == null ? List.of() : List.copyOf(en);
        }

        List<String> all() {
            return Stream.concat(zh.stream(), en.stream()).toList();
        }
    }

    public enum Valence { POSITIVE, NEGATIVE }

    public record EmotionCues(Valence valence, List<String> zh, List<String> en) {
        public EmotionCues {
            require(valence != null, "an emotion needs a valence");
            zh = zh == null ? List.of() : List.copyOf(zh);
            en = en == null ? List.of() : List.copyOf(en);
        }

        List<String> all() {
            return new Terms(zh, en).all();
        }
    }

    /** Reads a lexicon from the class path, e.g. {@code sentiment/baseline-lexicon.yml}. */
    public static SentimentLexicon fromClasspath(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("lexicon " + resource + " is not on the class path");
            }
            return YAML.readValue(in, SentimentLexicon.class);
        } catch (IOException e) {
            throw new UncheckedIOException("lexicon " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("sentiment lexicon: " + problem);
        }
    }
}
