package com.shopmate.nlu.entity.trained;

import com.shopmate.nlu.entity.EntityRecognizer;
import com.shopmate.nlu.entity.EntitySource;
import com.shopmate.nlu.entity.EntitySpan;
import com.shopmate.nlu.entity.EntityText;
import com.shopmate.text.entities.EntityTagger;
import com.shopmate.text.entities.EntityTagger.TaggedSpan;
import com.shopmate.text.entities.TokenizedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tagger learned from the annotated examples: values found from context, such as a city or a coupon code never
 * seen in training. It answers only for types no built-in recognizer owns (their values have formats downstream
 * relies on: E.164, SKU, ISO dates), and only from {@code minConfidence}; the value is the text as written.
 */
final class TaggerRecognizer implements EntityRecognizer {

    private final EntityTagger tagger;
    private final Set<String> ruleTypes;
    private final double minConfidence;

    TaggerRecognizer(EntityTagger tagger, Set<String> ruleTypes, double minConfidence) {
        this.tagger = tagger;
        this.ruleTypes = Set.copyOf(ruleTypes);
        this.minConfidence = minConfidence;
    }

    @Override
    public List<EntitySpan> recognize(EntityText text) {
        TokenizedText tokens = TokenizedText.of(text.text());
        List<EntitySpan> found = new ArrayList<>();
        for (TaggedSpan span : tagger.tag(tokens)) {
            if (!ruleTypes.contains(span.type()) && span.confidence() >= minConfidence) {
                int start = tokens.token(span.from()).start();
                int end = tokens.token(span.to() - 1).end();
                found.add(EntitySpan.trained(span.type(), text.text().substring(start, end), start, end,
                        EntitySource.TAGGER, span.confidence()));
            }
        }
        return found;
    }
}
