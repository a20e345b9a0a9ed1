package com.shopmate.text.classifier;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Features per language and how the softmax is trained; {@link #defaults()} is what the eval figures use.
 *
 * @param minExamplesPerLanguage a language with fewer training examples gets no sub-model of its own (a few stray
 *                               English queries in Chinese data would make a useless one): its examples go to the
 *                               largest language's sub-model, which then serves that language too
 */
public record TextClassifierConfig(Map<Language, LanguageFeatures> languages, SoftmaxConfig softmax,
                                   int minExamplesPerLanguage) {

    public static final int DEFAULT_MIN_EXAMPLES_PER_LANGUAGE = 20;

    public TextClassifierConfig {
        languages = Collections.unmodifiableMap(new EnumMap<>(languages));
        if (minExamplesPerLanguage < 1) {
            throw new IllegalArgumentException("minExamplesPerLanguage must be >= 1");
        }
        for (Language language : Language.values()) {
            if (!languages.containsKey(language)) {
                throw new IllegalArgumentException("no features configured for " + language);
            }
        }
    }

    public static TextClassifierConfig defaults() {
        return new TextClassifierConfig(
                Map.of(Language.ENGLISH, LanguageFeatures.english(), Language.CHINESE, LanguageFeatures.chinese()),
                SoftmaxConfig.defaults(), DEFAULT_MIN_EXAMPLES_PER_LANGUAGE);
    }

    /** One line for logs and reports: "en: bge-small-en-v1.5-q x2 + chars 2-4, words 1-2; zh: ...; softmax ...". */
    public String describe() {
        StringBuilder out = new StringBuilder();
        languages.forEach((language, f) -> out.append(language.code()).append(": ").append(f.encoderId())
                .append(" x").append(f.denseWeight()).append(" + chars ").append(f.tfIdf().chars())
                .append(", words ").append(f.tfIdf().words()).append("; "));
        SoftmaxConfig s = softmax;
        return out.append(String.format(Locale.ROOT,
                "softmax: %d epochs (>= %d steps), batch %d, lr %s cosine, l2 %s%s, seed %d", s.epochs(), s.minSteps(),
                s.batchSize(), s.learningRate(), s.l2(), s.classBalanced() ? ", class-balanced" : "", s.seed()))
                .toString();
    }

    public LanguageFeatures features(Language language) {
        return languages.get(language);
    }

    public TextClassifierConfig with(Language language, LanguageFeatures features) {
        Map<Language, LanguageFeatures> copy = new EnumMap<>(languages);
        copy.put(language, features);
        return new TextClassifierConfig(copy, softmax, minExamplesPerLanguage);
    }

    public TextClassifierConfig withSoftmax(SoftmaxConfig config) {
        return new TextClassifierConfig(languages, config, minExamplesPerLanguage);
    }
}
