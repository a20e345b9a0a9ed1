package com.shopmate.sentiment.scoring;

import com.shopmate.sentiment.scoring.SentimentLexicon.Valence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The baseline: sentiment words of a {@link SentimentLexicon} summed with their weights, flipped by a negator and
 * scaled by an intensifier in front of them, the sum squashed into [-1, 1]; the emotion is the one whose cues weigh
 * most. See the comment at the top of the lexicon file for the rules in one place.
 */
public class LexiconSentimentScorer implements SentimentScorer {

    private final String modelVersion;
    private final SentimentLexicon.Rules rules;
    private final Map<String, Valence> emotions = new LinkedHashMap<>();
    private final Vocabulary vocabulary;
    private final double neutralBand;

    /** @param neutralBand a score closer to 0 than this is neutral */
    public LexiconSentimentScorer(SentimentLexicon lexicon, double neutralBand) {
        if (neutralBand < 0 || neutralBand >= 1) {
            throw new IllegalArgumentException("neutral band must be in [0, 1), got " + neutralBand);
        }
        this.modelVersion = lexicon.modelVersion();
        this.rules = lexicon.rules();
        lexicon.emotions().forEach((emotion, cues) -> emotions.put(emotion, cues.valence()));
        this.vocabulary = new Vocabulary(lexicon);
        this.neutralBand = neutralBand;
    }

    @Override
    public String modelVersion() {
        return modelVersion;
    }

    @Override
    public Sentiment score(String text) {
        LexiconReading reading = read(text);
        String polarity = reading.score() >= neutralBand ? Sentiment.POSITIVE
                : reading.score() <= -neutralBand ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        return new Sentiment(polarity, rounded(reading.score()), rounded(reading.intensity()),
                emotion(reading, polarity));
    }

    /**
     * What the lexicon finds in {@code text}, before any polarity is decided: {@link #score} decides it from the
     * lexicon's own score, the trained scorer from its classifier.
     */
    public LexiconReading read(String text) {
        TextUnits.Split split = TextUnits.of(text);
        Tally tally = new Tally();
        Modifiers pending = Modifiers.NONE;
        for (Vocabulary.Token token : vocabulary.tokens(split.units())) {
            Vocabulary.Entry entry = token.entry();
            if (token.isBoundary()) {
                pending = Modifiers.NONE;
            } else if (entry == null) {
                pending = pending.age();
            } else if (entry.contrast()) {
                tally.contrast(rules.beforeContrast(), rules.afterContrast());
                pending = Modifiers.NONE;
            } else if (entry.negator()) {
                pending = pending.negate(rules.negationScope());
            } else if (entry.isIntensifier()) {
                pending = pending.intensify(entry.intensifier(), rules.negationScope());
            } else if (entry.isSentimentWord() || entry.emotion() != null) {
                tally.add(entry, pending);
                pending = Modifiers.NONE;
            } else {
                pending = pending.age(); // a neutral term
            }
        }

        double exclaimed = 1 + rules.exclamationBoost() * Math.min(split.exclamations(), rules.maxExclamations());
        double intensified = tally.plain > 0 ? tally.felt / tally.plain : 1;
        return new LexiconReading(squash(tally.raw * exclaimed), squash(tally.felt * exclaimed),
                Map.copyOf(tally.cues), exclaimed * intensified);
    }

    /**
     * The emotion whose cues in {@code reading} weigh most, the first listed on a tie; never one whose valence
     * contradicts {@code polarity}, whoever decided it. No cue that fits: {@code neutral}.
     */
    public String emotion(LexiconReading reading, String polarity) {
        String best = Sentiment.NEUTRAL;
        double bestWeight = 0;
        for (var emotion : emotions.entrySet()) {
            double weight = reading.cues().getOrDefault(emotion.getKey(), 0.0);
            boolean contradicts = (emotion.getValue() == Valence.POSITIVE && Sentiment.NEGATIVE.equals(polarity))
                    || (emotion.getValue() == Valence.NEGATIVE && Sentiment.POSITIVE.equals(polarity));
            if (weight > bestWeight && !contradicts) {
                best = emotion.getKey();
                bestWeight = weight;
            }
        }
        return best;
    }

    private double squash(double x) {
        return x / Math.sqrt(x * x + rules.normalisationAlpha());
    }

    static double rounded(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /**
     * What the words of one utterance add up to: the signed sum, how much was felt, the same without the
     * intensifiers, and the emotion cues.
     */
    private final class Tally {
        double raw;
        double felt;
        double plain;
        double emphasis = 1;
        final Map<String, Double> cues = new LinkedHashMap<>();

        void add(Vocabulary.Entry entry, Modifiers modifiers) {
            double weight = entry.weight() * modifiers.factor() * emphasis;
            raw += weight;
            felt += Math.abs(weight);
            plain += Math.abs(entry.weight()) * emphasis;
            // "不着急" is no anxiety and "不满意" no satisfaction: a negated cue counts for nothing.
            if (entry.emotion() != null && !modifiers.negated()) {
                cues.merge(entry.emotion(), modifiers.scale() * emphasis, Double::sum);
                if (!entry.isSentimentWord()) {
                    felt += rules.cueIntensity() * modifiers.scale() * emphasis;
                    plain += rules.cueIntensity() * emphasis;
                }
            }
        }

        void contrast(double before, double after) {
            raw *= before;
            felt *= before;
            plain *= before;
            cues.replaceAll((emotion, weight) -> weight * before);
            emphasis = after;
        }
    }

    /**
     * Negation and intensity waiting for the next sentiment word, for at most {@code unitsLeft} more units. An
     * intensifier after a negator softens instead of strengthening: "不太好" is mildly bad, "很不好" very bad.
     */
    private record Modifiers(boolean negated, double scale, int unitsLeft) {
        static final Modifiers NONE = new Modifiers(false, 1, 0);

        Modifiers negate(int scope) {
            return new Modifiers(!negated, scale, scope);
        }

        Modifiers intensify(double factor, int scope) {
            return new Modifiers(negated, negated ? scale / factor : scale * factor, scope);
        }

        Modifiers age() {
            return unitsLeft <= 1 ? NONE : new Modifiers(negated, scale, unitsLeft - 1);
        }

        double factor() {
            return negated ? -scale : scale;
        }
    }
}
