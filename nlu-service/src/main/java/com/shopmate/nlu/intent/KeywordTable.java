package com.shopmate.nlu.intent;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.shopmate.nlu.text.TextNormalizer;
import com.shopmate.text.script.HanScript;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keyword table of the baseline as written in its YAML resource, checked on load so that a typo in the table
 * stops the service at start-up rather than silently never matching.
 */
public record KeywordTable(String modelVersion, Scoring scoring, Map<String, Phrases> intents) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public KeywordTable {
        require(modelVersion != null && !modelVersion.isBlank(), "model-version is missing");
        require(scoring != null, "scoring is missing");
        require(intents != null && !intents.isEmpty(), "no intents");
        intents = new LinkedHashMap<>(intents);
        for (var intent : intents.entrySet()) {
            String name = intent.getKey();
            require(!IntentClassifier.OUT_OF_SCOPE.equals(name), "out_of_scope is what no match means; it has no phrases");
            require(intent.getValue() != null, name + " has no phrases");
            for (String phrase : intent.getValue().zh()) {
                require(HanScript.containsHan(phrase), name + ": zh phrase without Chinese: '" + phrase + "'");
            }
            for (String phrase : intent.getValue().en()) {
                require(!HanScript.containsHan(phrase), name + ": en phrase with Chinese: '" + phrase + "'");
                require(!TextNormalizer.forMatching(phrase).isEmpty(), name + ": empty en phrase '" + phrase + "'");
            }
        }
    }

    /** How much a matched phrase weighs, and how much weight "none of these" gets. */
    public record Scoring(double englishWordWeight, double chineseCharacterWeight, double outOfScopePrior) {
        public Scoring {
            require(englishWordWeight > 0 && chineseCharacterWeight > 0, "phrase weights must be positive");
            require(outOfScopePrior > 0, "out-of-scope-prior must be positive");
        }
    }

    public record Phrases(List<String> zh, List<String> en) {
        public Phrases {
            zh = zh == null ? List.of() : List.copyOf(zh);
            en = en == null ? List.of() : List.copyOf(en);
        }
    }

    /** Reads a table from the class path, e.g. {@code nlu/baseline-intents.yml}. */
    public static KeywordTable fromClasspath(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("keyword table " + resource + " is not on the class path");
            }
            return YAML.readValue(in, KeywordTable.class);
        } catch (IOException e) {
            throw new UncheckedIOException("keyword table " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("keyword table: " + problem);
        }
    }
}
