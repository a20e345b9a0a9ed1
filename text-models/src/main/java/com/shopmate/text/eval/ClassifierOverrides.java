package com.shopmate.text.eval;

import com.shopmate.text.classifier.Language;
import com.shopmate.text.classifier.LanguageFeatures;
import com.shopmate.text.classifier.SoftmaxConfig;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.features.NgramRange;
import com.shopmate.text.features.TfIdfConfig;

/**
 * The model options every eval command shares ({@code --seed}, {@code --epochs}, {@code --min-steps},
 * {@code --learning-rate}, {@code --class-balanced}, {@code --dense-weight}, {@code --min-df} and the n-gram ranges
 * {@code --en-chars} ... {@code --zh-words}), applied over a command's defaults. An option a command does not
 * accept is never present, so its default stands.
 */
public final class ClassifierOverrides {

    private ClassifierOverrides() {
    }

    public static TextClassifierConfig apply(CliArguments a, TextClassifierConfig defaults) {
        SoftmaxConfig softmax = defaults.softmax()
                .withSeed(a.integer("seed", SoftmaxConfig.DEFAULT_SEED))
                .withEpochs((int) a.integer("epochs", defaults.softmax().epochs()))
                .withMinSteps((int) a.integer("min-steps", defaults.softmax().minSteps()))
                .withLearningRate((float) a.number("learning-rate", defaults.softmax().learningRate()))
                .withClassBalanced(a.flag("class-balanced") || defaults.softmax().classBalanced());
        TextClassifierConfig config = defaults.withSoftmax(softmax);
        for (Language language : Language.values()) {
            LanguageFeatures f = config.features(language);
            String prefix = language.code() + "-";
            TfIdfConfig tfIdf = f.tfIdf();
            tfIdf = a.get(prefix + "chars").map(NgramRange::parse).map(tfIdf::withChars).orElse(tfIdf);
            tfIdf = a.get(prefix + "words").map(NgramRange::parse).map(tfIdf::withWords).orElse(tfIdf);
            tfIdf = new TfIdfConfig(tfIdf.chars(), tfIdf.words(),
                    (int) a.integer("min-df", tfIdf.minDocumentFrequency()), tfIdf.sublinearTf());
            float weight = (float) a.number("dense-weight", f.denseWeight());
            config = config.with(language, f.withTfIdf(tfIdf).withDenseWeight(weight));
        }
        return config;
    }
}
