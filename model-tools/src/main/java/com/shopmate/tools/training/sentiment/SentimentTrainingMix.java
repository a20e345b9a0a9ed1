package com.shopmate.tools.training.sentiment;

import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.Language;
import com.shopmate.text.classifier.StratifiedSplit;
import com.shopmate.text.sentiment.SentimentPack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the built-in pack and the review data sets are trained together. The reviews are tens of thousands of rows
 * without a Chinese neutral class; the pack is a few hundred shopper messages per language, nearly half of them
 * neutral. Trained as they come, the pack would be 1 % of the Chinese rows and "我想退货" would stay a complaint.
 * So, per language, the reviews are cut to a stratified sample of at most {@code reviewsPerLanguage} rows (chosen
 * by sha256 of the seed and the text: the same seed, the same sample) and the pack is repeated until it makes up
 * {@code packShare} of the rows. Repeating rather than weighting keeps the classifier as it is; it only changes how
 * often a pack row is seen.
 *
 * @param reviewsPerLanguage at most this many review rows per language
 * @param packShare          the share of each language's rows that are pack rows, in [0, 1)
 */
public record SentimentTrainingMix(int reviewsPerLanguage, double packShare) {

    /**
     * Chosen when the pack had 1,116 messages, on a carved 20 % of it (about 120 zh and 100 en rows) and 1,000
     * carved test rows of each data set, zh pack polarity / online_shopping accuracy: the pack alone 92.6 / 70.8 %;
     * 5,000 reviews per language at a pack share of a half 94.2 / 92.6 %; 20,000 at a third 92.6 / 94.2 %; 20,000
     * at a half 94.2 / 94.2 %.
     */
    public static final int DEFAULT_REVIEWS_PER_LANGUAGE = 20_000;
    public static final double DEFAULT_PACK_SHARE = 0.5;
    public static final SentimentTrainingMix DEFAULT = new SentimentTrainingMix(DEFAULT_REVIEWS_PER_LANGUAGE,
            DEFAULT_PACK_SHARE);

    /** The rows to train on, and one line saying what became of each language. */
    public record Rows(List<LabeledText> rows, String description) {
    }

    public SentimentTrainingMix {
        if (reviewsPerLanguage < 0 || packShare < 0 || packShare >= 1) {
            throw new IllegalArgumentException("reviews per language must be >= 0 and the pack share in [0, 1), got "
                    + reviewsPerLanguage + " and " + packShare);
        }
    }

    public Rows mix(SentimentPack pack, List<LabeledText> reviews, long seed) {
        List<LabeledText> rows = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (Language language : Language.values()) {
            List<LabeledText> packRows = inLanguage(pack.tones(), language);
            List<LabeledText> all = inLanguage(reviews, language);
            List<LabeledText> sampled = sample(all, seed);
            int repeats = repeats(packRows.size(), sampled.size());
            for (int i = 0; i < repeats; i++) {
                rows.addAll(packRows);
            }
            rows.addAll(sampled);
            described.add(String.format(Locale.ROOT, "%s: pack %d x%d + reviews %d of %d", language.code(),
                    packRows.size(), repeats, sampled.size(), all.size()));
        }
        return new Rows(rows, String.join("; ", described));
    }

    /** How often the pack is listed so that it is {@code packShare} of the rows (at least once, if it has rows). */
    int repeats(int packRows, int reviewRows) {
        if (packRows == 0) {
            return 0;
        }
        long wanted = Math.round(packShare / (1 - packShare) * reviewRows / packRows);
        return (int) Math.max(1, wanted);
    }

    private List<LabeledText> sample(List<LabeledText> rows, long seed) {
        if (rows.size() <= reviewsPerLanguage) {
            return rows;
        }
        if (reviewsPerLanguage == 0) {
            return List.of();
        }
        return StratifiedSplit.carve(rows, (double) reviewsPerLanguage / rows.size(), "reviews-" + seed).carved();
    }

    private static List<LabeledText> inLanguage(List<LabeledText> rows, Language language) {
        return rows.stream().filter(row -> Language.of(row.text()) == language).toList();
    }
}
