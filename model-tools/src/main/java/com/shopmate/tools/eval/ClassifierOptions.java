package com.shopmate.tools.eval;

import com.shopmate.text.classifier.Language;
import com.shopmate.text.classifier.LanguageFeatures;
import com.shopmate.text.classifier.SoftmaxConfig;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.features.NgramRange;
import com.shopmate.text.features.TfIdfConfig;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.util.Map;
import java.util.Optional;

/**
 * The model options the eval commands share ({@code --seed}, {@code --epochs}, {@code --learning-rate},
 * {@code --class-balanced}, {@code --dense-weight} and the n-gram ranges {@code --en-chars} ... {@code --zh-words}),
 * a picocli mixin applied over a command's defaults: an option not given keeps the command's default.
 */
public final class ClassifierOptions {

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + SoftmaxConfig.DEFAULT_SEED,
            description = "training seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--epochs", paramLabel = "N")
    Integer epochs;

    @Option(names = "--learning-rate", paramLabel = "X")
    Float learningRate;

    @Option(names = "--dense-weight", paramLabel = "W", description = "weight of the sentence embedding")
    Float denseWeight;

    @Option(names = "--class-balanced", description = "weigh each class's examples by its inverse frequency")
    boolean classBalanced;

    @Option(names = "--en-chars", paramLabel = "R", converter = NgramRangeConverter.class,
            description = "n-gram range such as 2-4, or none")
    NgramRange enChars;

    @Option(names = "--en-words", paramLabel = "R", converter = NgramRangeConverter.class)
    NgramRange enWords;

    @Option(names = "--zh-chars", paramLabel = "R", converter = NgramRangeConverter.class)
    NgramRange zhChars;

    @Option(names = "--zh-words", paramLabel = "R", converter = NgramRangeConverter.class)
    NgramRange zhWords;

    public TextClassifierConfig apply(TextClassifierConfig defaults) {
        SoftmaxConfig softmax = defaults.softmax().withSeed(seed);
        softmax = epochs == null ? softmax : softmax.withEpochs(epochs);
        softmax = learningRate == null ? softmax : softmax.withLearningRate(learningRate);
        softmax = softmax.withClassBalanced(classBalanced || softmax.classBalanced());
        TextClassifierConfig config = defaults.withSoftmax(softmax);
        Map<Language, Optional<NgramRange>> chars = Map.of(Language.ENGLISH, Optional.ofNullable(enChars),
                Language.CHINESE, Optional.ofNullable(zhChars));
        Map<Language, Optional<NgramRange>> words = Map.of(Language.ENGLISH, Optional.ofNullable(enWords),
                Language.CHINESE, Optional.ofNullable(zhWords));
        for (Language language : Language.values()) {
            LanguageFeatures f = config.features(language);
            TfIdfConfig tfIdf = f.tfIdf();
            tfIdf = chars.get(language).map(tfIdf::withChars).orElse(tfIdf);
            tfIdf = words.get(language).map(tfIdf::withWords).orElse(tfIdf);
            float weight = denseWeight == null ? f.denseWeight() : denseWeight;
            config = config.with(language, f.withTfIdf(tfIdf).withDenseWeight(weight));
        }
        return config;
    }

    /** {@code --min-df}: the n-gram vocabulary keeps the n-grams seen in at least this many training texts. */
    public static TextClassifierConfig withMinDocumentFrequency(TextClassifierConfig config, int minDf) {
        for (Language language : Language.values()) {
            LanguageFeatures f = config.features(language);
            TfIdfConfig tfIdf = f.tfIdf();
            config = config.with(language, f.withTfIdf(
                    new TfIdfConfig(tfIdf.chars(), tfIdf.words(), minDf, tfIdf.sublinearTf())));
        }
        return config;
    }

    static final class NgramRangeConverter implements ITypeConverter<NgramRange> {
        @Override
        public NgramRange convert(String value) {
            try {
                return NgramRange.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
