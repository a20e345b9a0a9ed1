package com.shopmate.tools.training.sentiment;

import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.Language;
import com.shopmate.text.sentiment.SentimentLabels;
import com.shopmate.tools.eval.LabeledTextFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The review rows the sentiment model is trained on beside the pack (see {@link SentimentTrainingMix}), from the
 * data-set folder ({@code ../shared/datasets}):
 * Chinese from online_shopping_10_cats and waimai_10k (positive / negative), English from twitter_airline_sentiment
 * (positive / neutral / negative). Only the train files are read; their test parts are held out elsewhere.
 */
public final class SentimentTrainingData {

    /** A data set folder, the language its rows are in, and the labels it may use. */
    public record Source(String name, Language language, Set<String> labels) {
    }

    public static final List<Source> SOURCES = List.of(
            new Source("online_shopping_10_cats", Language.CHINESE,
                    Set.of(SentimentLabels.POSITIVE, SentimentLabels.NEGATIVE)),
            new Source("waimai_10k", Language.CHINESE, Set.of(SentimentLabels.POSITIVE, SentimentLabels.NEGATIVE)),
            new Source("twitter_airline_sentiment", Language.ENGLISH,
                    Set.of(SentimentLabels.POSITIVE, SentimentLabels.NEUTRAL, SentimentLabels.NEGATIVE)));

    static final String TRAIN_FILE = "train.jsonl";
    private static final Logger LOG = LoggerFactory.getLogger(SentimentTrainingData.class);

    private SentimentTrainingData() {
    }

    /**
     * Every row of every source's train file. A row in the other script (an English review among the Chinese ones)
     * would land in the other language's sub-model, where a Chinese data set's missing neutral class does not
     * belong: such rows are left out and counted in the log.
     */
    public static List<LabeledText> read(Path datasets) {
        List<LabeledText> rows = new ArrayList<>();
        for (Source source : SOURCES) {
            Path file = datasets.resolve(source.name()).resolve(TRAIN_FILE);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("missing " + file + " (is --data the datasets folder?)");
            }
            int skipped = 0;
            int kept = 0;
            for (LabeledText row : LabeledTextFiles.readJsonl(file)) {
                if (!source.labels().contains(row.label())) {
                    throw new IllegalArgumentException(file + ": unexpected label '" + row.label() + "'");
                }
                if (Language.of(row.text()) != source.language()) {
                    skipped++;
                    continue;
                }
                rows.add(row);
                kept++;
            }
            LOG.info("{}: {} rows ({}), {} in another script left out", source.name(), kept,
                    source.language().code(), skipped);
        }
        return rows;
    }
}
