package com.shopmate.sentiment.scoring;

import java.util.Map;

/**
 * What the lexicon finds in one utterance.
 *
 * @param score     the lexicon's own signed polarity in [-1, 1]
 * @param intensity how strongly it is felt by the lexicon's weights, in [0, 1]
 * @param cues      per emotion, the weight of its (not negated) cues
 * @param emphasis  how much the shopper stressed it: the exclamation boost times the average scale the
 *                  intensifiers gave the sentiment words and cues ("很满意" 1.5, "有点慢" 0.7, nothing 1)
 */
public record LexiconReading(double score, double intensity, Map<String, Double> cues, double emphasis) {
}
