package com.shopmate.text.entities;

import com.shopmate.text.entities.GazetteerEntry.Origin;
import com.shopmate.text.entities.EntityTagger.Sentence;
import com.shopmate.text.entities.EntityTagger.TaggedSpan;
import com.shopmate.text.trainingdata.EntitySpan;
import com.shopmate.text.trainingdata.IntentExample;
import com.shopmate.text.trainingdata.Lookup;
import com.shopmate.text.trainingdata.Synonym;
import com.shopmate.text.trainingdata.TrainingData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Makes an {@link EntityModel} from training data. */
public final class EntityModelTrainer {

    private EntityModelTrainer() {
    }

    public static EntityModel train(TrainingData data, TaggerSettings settings) {
        SynonymMap synonyms = synonyms(data);
        Gazetteer gazetteer = new Gazetteer(entries(data, synonyms));
        List<Sentence> sentences = sentences(data);
        EntityTagger tagger = null;
        if (sentences.stream().anyMatch(s -> !s.entities().isEmpty())) {
            List<Sentence> training = new ArrayList<>(sentences);
            training.addAll(ValueSwaps.variants(sentences, gazetteer, settings));
            tagger = EntityTagger.train(training, gazetteer, settings);
        }
        String version = EntityModelVersion.of(gazetteer, synonyms, data.regexes(), tagger);
        return new EntityModel(gazetteer, synonyms, data.regexes(), tagger, version);
    }

    private static SynonymMap synonyms(TrainingData data) {
        Map<String, String> valueByAlias = new LinkedHashMap<>();
        for (Synonym synonym : data.synonyms()) {
            synonym.aliases().values().forEach(aliases -> aliases.forEach(a -> valueByAlias.putIfAbsent(a,
                    synonym.value())));
        }
        return new SynonymMap(valueByAlias);
    }

    /**
     * Lookup values first (their value normalised by the synonyms), then the synonyms of a value already known for
     * a type (顺丰 is a carrier, so 顺丰速运 is too), then the values annotated in examples.
     */
    private static List<GazetteerEntry> entries(TrainingData data, SynonymMap synonyms) {
        List<GazetteerEntry> entries = new ArrayList<>();
        for (Lookup lookup : data.lookups()) {
            lookup.values().values().forEach(values -> values.forEach(v ->
                    entries.add(new GazetteerEntry(lookup.name(), v, synonyms.normalise(v, v), Origin.LOOKUP))));
        }
        List<GazetteerEntry> annotated = new ArrayList<>();
        for (IntentExample example : data.examples()) {
            for (EntitySpan span : example.entities()) {
                String text = span.textIn(example.text());
                String value = span.value().equals(text) ? synonyms.normalise(text, text) : span.value();
                annotated.add(new GazetteerEntry(span.entity(), text, value, Origin.EXAMPLE));
            }
        }
        List<GazetteerEntry> known = new ArrayList<>(entries);
        known.addAll(annotated);
        for (Synonym synonym : data.synonyms()) {
            for (String type : typesOf(synonym, known, synonyms)) {
                synonym.aliases().values().forEach(aliases -> aliases.forEach(alias ->
                        entries.add(new GazetteerEntry(type, alias, synonym.value(), Origin.SYNONYM))));
            }
        }
        entries.addAll(annotated);
        return entries;
    }

    private static Set<String> typesOf(Synonym synonym, List<GazetteerEntry> known, SynonymMap synonyms) {
        Set<String> types = new LinkedHashSet<>();
        for (GazetteerEntry entry : known) {
            boolean isAlias = synonyms.valueOf(entry.phrase()).map(synonym.value()::equals).orElse(false);
            if (entry.value().equals(synonym.value()) || isAlias) {
                types.add(entry.type());
            }
        }
        return types;
    }

    /** The examples as token sequences with their entities; an annotation that cuts an English word is skipped. */
    private static List<Sentence> sentences(TrainingData data) {
        List<Sentence> sentences = new ArrayList<>();
        for (IntentExample example : data.examples()) {
            TokenizedText text = TokenizedText.of(example.text());
            List<TaggedSpan> spans = new ArrayList<>();
            boolean aligned = true;
            for (EntitySpan span : example.entities()) {
                Optional<TaggedSpan> tokens = tokenSpan(text, span);
                aligned &= tokens.isPresent();
                tokens.ifPresent(spans::add);
            }
            // A sentence whose entity cannot be told in tokens would teach "not an entity" there: leave it out.
            if (aligned) {
                sentences.add(new Sentence(text, spans));
            }
        }
        return sentences;
    }

    private static Optional<TaggedSpan> tokenSpan(TokenizedText text, EntitySpan span) {
        int from = text.tokenAt(span.start());
        int to = from;
        while (to < text.size() && text.token(to).end() <= span.end()) {
            to++;
        }
        boolean exact = from < to && text.token(from).start() == span.start()
                && text.token(to - 1).end() == span.end();
        return exact ? Optional.of(new TaggedSpan(span.entity(), from, to, 1)) : Optional.empty();
    }
}
