package com.shopmate.nlu.entity.trained;

import com.shopmate.nlu.entity.EntityKind;
import com.shopmate.nlu.entity.EntityRecognizer;
import com.shopmate.nlu.entity.TrainedEntities;
import com.shopmate.text.entities.EntityModel;
import com.shopmate.text.entities.Gazetteer;
import com.shopmate.text.entities.GazetteerEntry;
import com.shopmate.text.trainingdata.RegexFeature;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a trained {@link EntityModel} into the recognizers the extractor runs beside the built-in ones. */
public final class TrainedEntityRecognizers {

    /** The types a built-in recognizer finds, with values in a format of its own. */
    private static final Set<String> RULE_TYPES = Arrays.stream(EntityKind.values()).map(EntityKind::type)
            .collect(Collectors.toUnmodifiableSet());

    private TrainedEntityRecognizers() {
    }

    /** @param taggerMinConfidence below it a tagger span is dropped */
    public static TrainedEntities from(EntityModel model, double taggerMinConfidence) {
        if (taggerMinConfidence < 0 || taggerMinConfidence > 1) {
            throw new IllegalArgumentException("tagger-min-confidence must be in [0, 1], got " + taggerMinConfidence);
        }
        List<EntityRecognizer> recognizers = new ArrayList<>();
        recognizers.add(new LookupRecognizer(new Gazetteer(lookupEntries(model))));
        for (RegexFeature regex : model.regexes()) {
            regex.patterns().forEach(p -> recognizers.add(new RegexRecognizer(regex.name(), p)));
        }
        model.learnedTagger().ifPresent(tagger ->
                recognizers.add(new TaggerRecognizer(tagger, RULE_TYPES, taggerMinConfidence)));
        return new TrainedEntities(recognizers, model.synonyms(), model.version());
    }

    /**
     * Lookup tables and synonyms for every type; annotated values only for types no rule owns: an annotated
     * [羽绒服](product) or [300](money) teaches the tagger its context, but as a phrase it would stand beside the
     * rule's SKU or "CNY 300" with a raw value.
     */
    private static List<GazetteerEntry> lookupEntries(EntityModel model) {
        return model.gazetteer().entries().stream()
                .filter(e -> e.origin() != GazetteerEntry.Origin.EXAMPLE || !RULE_TYPES.contains(e.type()))
                .toList();
    }
}
