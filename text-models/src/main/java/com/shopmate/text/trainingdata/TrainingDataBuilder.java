package com.shopmate.text.trainingdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Collects intents, examples, lookups, synonyms and regexes from any number of files, merging by name, and checks
 * what no single file can: an example in two intents, an alias standing for two values. Shared by the loader of
 * our format and the Rasa importer, so both validate alike.
 */
final class TrainingDataBuilder {

    record Location(String source, int line) {
        @Override
        public String toString() {
            return source + ":" + line;
        }
    }

    private static final Pattern INTENT_NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}_./-]*");

    private final Map<String, IntentDraft> intents = new LinkedHashMap<>();
    private final Map<String, SeenExample> examplesByKey = new HashMap<>();
    private final Map<String, Map<String, Set<String>>> lookups = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<String>>> synonyms = new LinkedHashMap<>();
    private final Map<String, SeenAlias> aliases = new HashMap<>();
    private final Map<String, Set<String>> regexes = new LinkedHashMap<>();
    private final List<TrainingDataProblem> problems = new ArrayList<>();

    private static final class IntentDraft {
        private final Location declaredAt;
        private String description = "";
        private final List<IntentExample> examples = new ArrayList<>();

        private IntentDraft(Location declaredAt) {
            this.declaredAt = declaredAt;
        }
    }

    private record SeenExample(String intent, Location at) {
    }

    private record SeenAlias(String value, Location at) {
    }

    /** @return false (with a problem recorded) when the name cannot be an intent name */
    boolean declareIntent(String name, String description, Location at) {
        if (!INTENT_NAME.matcher(name).matches()) {
            problem(at, null, "intent name '" + name
                    + "' must start with a letter and hold only letters, digits and _ . / -");
            return false;
        }
        IntentDraft draft = intents.computeIfAbsent(name, unused -> new IntentDraft(at));
        if (draft.description.isBlank() && description != null) {
            draft.description = description.strip();
        }
        return true;
    }

    void addExample(String intent, String language, AnnotatedText example, Location at) {
        if (example.text().isBlank()) {
            problem(at, intent, "an example is empty");
            return;
        }
        String key = SentenceKey.of(example.text());
        SeenExample seen = examplesByKey.putIfAbsent(key, new SeenExample(intent, at));
        if (seen != null) {
            problem(at, intent, seen.intent().equals(intent)
                    ? "example \"" + example.text() + "\" is listed twice (also at " + seen.at() + ")"
                    : "example \"" + example.text() + "\" is also an example of intent '" + seen.intent() + "' ("
                            + seen.at() + "); one sentence can teach only one intent");
            return;
        }
        intents.get(intent).examples.add(new IntentExample(example.text(), intent, language, example.entities()));
    }

    void addLookupValue(String lookup, String language, String value, Location at) {
        if (value == null || value.isBlank()) {
            problem(at, null, "lookup '" + lookup + "' has an empty value");
            return;
        }
        lookups.computeIfAbsent(lookup, unused -> new LinkedHashMap<>())
                .computeIfAbsent(language, unused -> new LinkedHashSet<>()).add(value.strip());
    }

    void addSynonymAlias(String value, String language, String alias, Location at) {
        if (alias == null || alias.isBlank()) {
            problem(at, null, "synonym '" + value + "' has an empty alias");
            return;
        }
        String key = alias.strip().toLowerCase(Locale.ROOT);
        SeenAlias seen = aliases.putIfAbsent(key, new SeenAlias(value, at));
        if (seen != null && !seen.value().equals(value)) {
            problem(at, null, "'" + alias.strip() + "' is a synonym of both '" + seen.value() + "' (" + seen.at()
                    + ") and '" + value + "'");
            return;
        }
        synonyms.computeIfAbsent(value, unused -> new LinkedHashMap<>())
                .computeIfAbsent(language, unused -> new LinkedHashSet<>()).add(alias.strip());
    }

    void addRegex(String name, String pattern, Location at) {
        if (pattern == null || pattern.isBlank()) {
            problem(at, null, "regex '" + name + "' has an empty pattern");
            return;
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            problem(at, null, "regex '" + name + "' is not a valid Java regular expression: "
                    + e.getDescription() + " near index " + e.getIndex() + " of " + pattern);
            return;
        }
        regexes.computeIfAbsent(name, unused -> new LinkedHashSet<>()).add(pattern);
    }

    void problem(Location at, String intent, String message) {
        problems.add(new TrainingDataProblem(at.source(), at.line(), intent, message));
    }

    void problem(TrainingDataProblem problem) {
        problems.add(problem);
    }

    /** @throws TrainingDataException listing every problem found while building */
    TrainingData build() {
        intents.forEach((name, draft) -> {
            if (draft.examples.isEmpty() && problems.stream().noneMatch(p -> name.equals(p.intent()))) {
                problem(draft.declaredAt, name, "the intent has no examples");
            }
        });
        if (intents.isEmpty() && problems.isEmpty()) {
            problems.add(new TrainingDataProblem("training data", 0, null, "no intents found"));
        }
        if (!problems.isEmpty()) {
            throw new TrainingDataException(problems);
        }
        List<Intent> builtIntents = new ArrayList<>();
        intents.forEach((name, draft) -> builtIntents.add(new Intent(name, draft.description,
                byLanguage(draft.examples))));
        List<Lookup> builtLookups = new ArrayList<>();
        lookups.forEach((name, values) -> builtLookups.add(new Lookup(name, lists(values))));
        List<Synonym> builtSynonyms = new ArrayList<>();
        synonyms.forEach((value, byLanguage) -> builtSynonyms.add(new Synonym(value, lists(byLanguage))));
        List<RegexFeature> builtRegexes = new ArrayList<>();
        regexes.forEach((name, patterns) -> builtRegexes.add(new RegexFeature(name, List.copyOf(patterns))));
        return new TrainingData(builtIntents, builtLookups, builtSynonyms, builtRegexes);
    }

    /** Chinese examples first, then English, each in file order: how the files list them too. */
    private static List<IntentExample> byLanguage(List<IntentExample> examples) {
        List<IntentExample> ordered = new ArrayList<>();
        for (String language : Languages.SUPPORTED) {
            examples.stream().filter(example -> example.language().equals(language)).forEach(ordered::add);
        }
        return ordered;
    }

    private static Map<String, List<String>> lists(Map<String, Set<String>> byLanguage) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        byLanguage.forEach((language, values) -> lists.put(language, List.copyOf(values)));
        return lists;
    }
}
