package com.shopmate.tools.eval.sentiment;

import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.StratifiedSplit;
import com.shopmate.tools.eval.LabeledTextFiles;

import java.util.List;
import java.util.Locale;

/** The train and test rows of one evaluation and where they came from; test rows never reach training. */
record SentimentEvalData(List<LabeledText> train, List<LabeledText> test, String origin) {

    static SentimentEvalData load(SentimentEvalOptions options) {
        List<LabeledText> train = LabeledTextFiles.readJsonl(options.train());
        if (options.test().isPresent()) {
            List<LabeledText> test = LabeledTextFiles.readJsonl(options.test().get());
            return new SentimentEvalData(train, test, String.format(Locale.ROOT, "test %s (%d rows); train %d rows",
                    options.test().get(), test.size(), train.size()));
        }
        StratifiedSplit.Split split = StratifiedSplit.carve(train, options.carveTest(), StratifiedSplit.TEST_SALT);
        return new SentimentEvalData(split.rest(), split.carved(), String.format(Locale.ROOT,
                "test carved from train: %.0f%% per label = %d rows (salt \"%s\"); train the other %d rows",
                100 * options.carveTest(), split.carved().size(), StratifiedSplit.TEST_SALT, split.rest().size()));
    }
}
