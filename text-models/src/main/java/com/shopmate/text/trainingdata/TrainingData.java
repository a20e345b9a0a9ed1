package com.shopmate.text.trainingdata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the NLU learns from, as loaded and validated by {@link TrainingDataLoader} or
 * {@link RasaNluImporter}: intents with examples, lookup tables, synonyms and regexes. Immutable.
 */
public record TrainingData(List<Intent> intents, List<Lookup> lookups, List<Synonym> synonyms,
                           List<RegexFeature> regexes) {

    public TrainingData {
        intents = List.copyOf(intents);
        lookups = List.copyOf(lookups);
        synonyms = List.copyOf(synonyms);
        regexes = List.copyOf(regexes);
    }

    /** Every example of every intent, intents in file order: what a classifier trains on. */
    public List<IntentExample> examples() {
        return intents.stream().flatMap(intent -> intent.examples().stream()).toList();
    }

    public List<IntentExample> examples(String language) {
        return examples().stream().filter(example -> example.language().equals(language)).toList();
    }

    public List<String> intentNames() {
        return intents.stream().map(Intent::name).toList();
    }

    public Optional<Intent> intent(String name) {
        return intents.stream().filter(intent -> intent.name().equals(name)).findFirst();
    }

    public Optional<Lookup> lookup(String name) {
        return lookups.stream().filter(lookup -> lookup.name().equals(name)).findFirst();
    }

    /** The normalised value an alias stands for ("黑的" → "black"), matched case-insensitively. */
    public Optional<String> synonymFor(String alias) {
        return Optional.ofNullable(synonymIndex().get(alias.toLowerCase(Locale.ROOT)));
    }

    /** Lower-cased alias → normalised value, for entity normalisation at run time. */
    public Map<String, String> synonymIndex() {
        Map<String, String> index = new LinkedHashMap<>();
        for (Synonym synonym : synonyms) {
            synonym.aliases().values().forEach(aliases ->
                    aliases.forEach(alias -> index.put(alias.toLowerCase(Locale.ROOT), synonym.value())));
        }
        return Map.copyOf(index);
    }
}
