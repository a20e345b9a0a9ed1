package com.shopmate.nlu.intent;

import com.shopmate.events.IntentClassified.IntentScore;
import com.shopmate.nlu.text.TextNormalizer;
import com.shopmate.text.script.HanScript;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The baseline: weighted phrase matches from a {@link KeywordTable}. Chinese phrases match as substrings, English
 * phrases as whole words; where matches overlap only the longest counts. An intent's confidence is its share of all
 * the evidence plus a constant "none of these" prior, so one weak keyword in a long message is not a sure thing.
 */
// The baseline stays for comparison and as a fallback; the trained model is the default. Select the baseline with
// quarkus.arc.selected-alternatives=com.shopmate.nlu.intent.KeywordIntentClassifier (build time).
@Alternative
@Singleton
public class KeywordIntentClassifier implements IntentClassifier {

    private final String modelVersion;
    private final double outOfScopeThreshold;
    private final double outOfScopePrior;
    private final List<String> intents;
    private final List<Phrase> phrases;

    @Inject
    KeywordIntentClassifier(IntentConfig config) {
        this(KeywordTable.fromClasspath(config.table()), config.outOfScopeThreshold());
    }

    public KeywordIntentClassifier(KeywordTable table, double outOfScopeThreshold) {
        if (outOfScopeThreshold < 0 || outOfScopeThreshold > 1) {
            throw new IllegalArgumentException("out-of-scope threshold must be in [0, 1], got " + outOfScopeThreshold);
        }
        this.modelVersion = table.modelVersion();
        this.outOfScopeThreshold = outOfScopeThreshold;
        this.outOfScopePrior = table.scoring().outOfScopePrior();
        this.intents = List.copyOf(table.intents().keySet());
        this.phrases = new ArrayList<>();
        for (int intent = 0; intent < intents.size(); intent++) {
            KeywordTable.Phrases entry = table.intents().get(intents.get(intent));
            for (String zh : entry.zh()) {
                String key = withoutSpaces(TextNormalizer.forMatching(zh));
                phrases.add(new Phrase(intent, true, key,
                        key.codePointCount(0, key.length()) * table.scoring().chineseCharacterWeight()));
            }
            for (String en : entry.en()) {
                String key = TextNormalizer.forMatching(en);
                phrases.add(new Phrase(intent, false, " " + key + " ",
                        key.split(" ").length * table.scoring().englishWordWeight()));
            }
        }
    }

    @Override
    public String modelVersion() {
        return modelVersion;
    }

    @Override
    public IntentPrediction classify(String text, String language) {
        String normalised = TextNormalizer.forMatching(text);
        double[] scores = score(withoutSpaces(normalised), " " + withoutHan(normalised) + " ");

        double total = outOfScopePrior;
        for (double score : scores) {
            total += score;
        }
        List<IntentScore> ranked = new ArrayList<>();
        for (int intent = 0; intent < scores.length; intent++) {
            if (scores[intent] > 0) {
                ranked.add(new IntentScore(intents.get(intent), rounded(scores[intent] / total)));
            }
        }
        // Stable sort: on equal confidence the intent listed first in the table wins.
        ranked.sort(Comparator.comparingDouble(IntentScore::confidence).reversed());
        IntentScore outOfScope = new IntentScore(OUT_OF_SCOPE, rounded(outOfScopePrior / total));

        IntentScore top;
        if (!ranked.isEmpty() && ranked.get(0).confidence() >= outOfScopeThreshold) {
            top = ranked.remove(0);
            insertByConfidence(ranked, outOfScope);
        } else {
            top = outOfScope;
        }
        return new IntentPrediction(top.intent(), top.confidence(),
                ranked.subList(0, Math.min(MAX_ALTERNATIVES, ranked.size())));
    }

    /** Per intent, the weight of the phrases found; a match inside a longer accepted match does not count. */
    private double[] score(String chineseView, String englishView) {
        List<Match> matches = new ArrayList<>();
        for (Phrase phrase : phrases) {
            String view = phrase.chinese() ? chineseView : englishView;
            // English keys carry a space on each side; the match itself is the part between them.
            int pad = phrase.chinese() ? 0 : 1;
            for (int at = view.indexOf(phrase.key()); at >= 0; at = view.indexOf(phrase.key(), at + 1)) {
                matches.add(new Match(phrase, at + pad, at + phrase.key().length() - pad));
            }
        }
        matches.sort(Comparator.comparingInt(Match::length).reversed()
                .thenComparing(Comparator.comparingDouble((Match m) -> m.phrase().weight()).reversed()));

        boolean[] chineseTaken = new boolean[chineseView.length()];
        boolean[] englishTaken = new boolean[englishView.length()];
        double[] scores = new double[intents.size()];
        for (Match match : matches) {
            boolean[] taken = match.phrase().chinese() ? chineseTaken : englishTaken;
            if (isFree(taken, match.start(), match.end())) {
                for (int i = match.start(); i < match.end(); i++) {
                    taken[i] = true;
                }
                scores[match.phrase().intent()] += match.phrase().weight();
            }
        }
        return scores;
    }

    private static boolean isFree(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void insertByConfidence(List<IntentScore> ranked, IntentScore score) {
        int at = 0;
        while (at < ranked.size() && ranked.get(at).confidence() >= score.confidence()) {
            at++;
        }
        ranked.add(at, score);
    }

    private static String withoutSpaces(String text) {
        return text.replace(" ", "");
    }

    /** Han characters become spaces, so "我的order什么时候到" still has the English word "order". */
    private static String withoutHan(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(HanScript.isHan(cp) ? ' ' : cp));
        return out.toString().trim().replaceAll(" {2,}", " ");
    }

    private static double rounded(double confidence) {
        return Math.round(confidence * 10_000) / 10_000.0;
    }

    private record Phrase(int intent, boolean chinese, String key, double weight) {
    }

    private record Match(Phrase phrase, int start, int end) {
        int length() {
            return end - start;
        }
    }
}
