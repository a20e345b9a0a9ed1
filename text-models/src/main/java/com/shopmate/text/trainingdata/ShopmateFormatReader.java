package com.shopmate.text.trainingdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads one file of our format into the builder, recording a problem for anything it cannot use. */
final class ShopmateFormatReader {

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("version", "language_default", "intents", "lookups",
            "synonyms", "regexes");
    private static final Set<String> INTENT_KEYS = Set.of("name", "description", "examples");
    private static final String SUPPORTED_VERSION = "1";

    private final String source;
    private final TrainingDataBuilder builder;
    private String languageDefault;

    ShopmateFormatReader(String source, TrainingDataBuilder builder) {
        this.source = source;
        this.builder = builder;
    }

    void read(YamlNode root) {
        if (!(root instanceof YamlNode.Mapping file)) {
            problem(root.line(), null,
                    "a training-data file is a mapping with version, intents, lookups, synonyms; got "
                            + YamlNode.kind(root));
            return;
        }
        for (YamlNode.Entry entry : file.entries()) {
            if (!TOP_LEVEL_KEYS.contains(entry.key())) {
                problem(entry.line(), null, "unknown key '" + entry.key() + "' (expected one of " + String.join(", ",
                        sorted(TOP_LEVEL_KEYS)) + ")");
            }
        }
        readVersion(file);
        file.get("language_default").ifPresent(this::readLanguageDefault);
        file.get("intents").ifPresent(this::readIntents);
        file.get("lookups").ifPresent(this::readLookups);
        file.get("synonyms").ifPresent(this::readSynonyms);
        file.get("regexes").ifPresent(this::readRegexes);
    }

    private void readVersion(YamlNode.Mapping file) {
        YamlNode version = file.get("version").orElse(null);
        if (version == null) {
            problem(file.line(), null, "'version: " + SUPPORTED_VERSION + "' is missing");
        } else if (!(version instanceof YamlNode.Scalar scalar) || !SUPPORTED_VERSION.equals(scalar.text())) {
            problem(version.line(), null, "unsupported version; this Shopmate reads 'version: " + SUPPORTED_VERSION
                    + "'");
        }
    }

    private void readLanguageDefault(YamlNode node) {
        String language = node instanceof YamlNode.Scalar scalar ? scalar.text() : null;
        if (checkLanguage(language, node.line(), null)) {
            languageDefault = language;
        }
    }

    private void readIntents(YamlNode node) {
        if (!(node instanceof YamlNode.Sequence intents)) {
            problem(node.line(), null, "'intents' must be a list of '- name: ...' entries, got " + YamlNode.kind(node));
            return;
        }
        for (YamlNode item : intents.items()) {
            if (item instanceof YamlNode.Mapping intent) {
                readIntent(intent);
            } else {
                problem(item.line(), null, "an intent must be a mapping with name, description and examples, got "
                        + YamlNode.kind(item));
            }
        }
    }

    private void readIntent(YamlNode.Mapping intent) {
        String name = text(intent.get("name").orElse(null));
        if (name == null || name.isBlank()) {
            problem(intent.line(), null, "an intent has no 'name'");
            return;
        }
        for (YamlNode.Entry entry : intent.entries()) {
            if (!INTENT_KEYS.contains(entry.key())) {
                problem(entry.line(), name, "unknown key '" + entry.key() + "' (expected name, description, examples)");
            }
        }
        if (!builder.declareIntent(name, text(intent.get("description").orElse(null)), at(intent.line()))) {
            return;
        }
        YamlNode examples = intent.get("examples").orElse(null);
        int read = 0;
        if (examples instanceof YamlNode.Mapping byLanguage) {
            for (YamlNode.Entry entry : byLanguage.entries()) {
                if (checkLanguage(entry.key(), entry.line(), name)) {
                    read += readExamples(name, entry.key(), entry.value());
                } else {
                    read++; // reported as an unknown language, not as an empty intent
                }
            }
        } else if (examples != null) {
            read = readExamples(name, languageDefault, examples);
        }
        if (read == 0) {
            problem(intent.line(), name, "the intent has no examples");
        }
    }

    /** @param language null to detect it from each example's script */
    private int readExamples(String intent, String language, YamlNode node) {
        List<ExampleLines.Line> lines = new ArrayList<>();
        if (node instanceof YamlNode.Sequence list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlNode.Scalar scalar && !scalar.isEmpty()) {
                    lines.add(new ExampleLines.Line(scalar.text().strip(), scalar.line()));
                } else if (item instanceof YamlNode.Scalar) {
                    problem(item.line(), intent, "an example is empty");
                } else {
                    problem(item.line(), intent, "an example must be a text, got " + YamlNode.kind(item)
                            + "; quote an example that contains ': ' or starts with [ or {");
                }
            }
        } else if (node instanceof YamlNode.Scalar block && !block.isEmpty()) {
            try {
                lines.addAll(ExampleLines.of(block));
            } catch (IllegalArgumentException e) {
                problem(block.line(), intent, e.getMessage());
            }
        } else if (!(node instanceof YamlNode.Scalar)) {
            problem(node.line(), intent, "examples must be a list (or a '|' block of '- ' lines), got "
                    + YamlNode.kind(node));
        }
        for (ExampleLines.Line line : lines) {
            addExample(intent, language, line);
        }
        return lines.size();
    }

    private void addExample(String intent, String language, ExampleLines.Line line) {
        try {
            AnnotatedText example = EntityAnnotations.parse(line.text());
            String lang = language != null ? language : Languages.detect(example.text());
            builder.addExample(intent, lang, example, at(line.line()));
        } catch (InvalidAnnotationException e) {
            problem(line.line(), intent, e.getMessage());
        }
    }

    private void readLookups(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping lookups)) {
            problem(node.line(), null, "'lookups' must map a name to its values, e.g. color: { zh: [红色], en: [red] }");
            return;
        }
        for (YamlNode.Entry lookup : lookups.entries()) {
            readLanguageLists(lookup.value(), "lookup '" + lookup.key() + "'",
                    (language, value) -> builder.addLookupValue(lookup.key(), language, value.text(),
                            at(value.line())));
        }
    }

    private void readSynonyms(YamlNode node) {
        if (!(node instanceof YamlNode.Sequence synonyms)) {
            problem(node.line(), null, "'synonyms' must be a list of '- value: ...' entries");
            return;
        }
        for (YamlNode item : synonyms.items()) {
            String value = item instanceof YamlNode.Mapping synonym ? text(synonym.get("value").orElse(null)) : null;
            if (value == null || value.isBlank()) {
                problem(item.line(), null,
                        "a synonym needs 'value:' (the normalised value) and its aliases by language");
                continue;
            }
            List<YamlNode.Entry> languages = ((YamlNode.Mapping) item).entries().stream()
                    .filter(entry -> !entry.key().equals("value")).toList();
            if (languages.isEmpty()) {
                problem(item.line(), null, "synonym '" + value + "' has no aliases");
            }
            readLanguageLists(new YamlNode.Mapping(languages, item.line()), "synonym '" + value + "'",
                    (language, alias) -> builder.addSynonymAlias(value, language, alias.text(), at(alias.line())));
        }
    }

    private void readRegexes(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping regexes)) {
            problem(node.line(), null, "'regexes' must map a name to its patterns, e.g. order_id: ['SO\\d{11}']");
            return;
        }
        for (YamlNode.Entry regex : regexes.entries()) {
            List<YamlNode.Scalar> patterns = scalars(regex.value(), "regex '" + regex.key() + "'");
            patterns.forEach(pattern -> builder.addRegex(regex.key(), pattern.text(), at(pattern.line())));
        }
    }

    private interface ValueSink {
        void accept(String language, YamlNode.Scalar value);
    }

    /** {@code { zh: [..], en: [..] }}, or a plain list in the default (or detected) language. */
    private void readLanguageLists(YamlNode node, String what, ValueSink sink) {
        if (node instanceof YamlNode.Mapping byLanguage) {
            for (YamlNode.Entry entry : byLanguage.entries()) {
                if (checkLanguage(entry.key(), entry.line(), null)) {
                    scalars(entry.value(), what).forEach(value -> sink.accept(entry.key(), value));
                }
            }
        } else {
            scalars(node, what).forEach(value ->
                    sink.accept(languageDefault != null ? languageDefault : Languages.detect(value.text()), value));
        }
    }

    private List<YamlNode.Scalar> scalars(YamlNode node, String what) {
        if (!(node instanceof YamlNode.Sequence list)) {
            problem(node.line(), null, what + " must be a list such as [a, b], got " + YamlNode.kind(node));
            return List.of();
        }
        List<YamlNode.Scalar> scalars = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (item instanceof YamlNode.Scalar scalar && !scalar.isEmpty()) {
                scalars.add(scalar);
            } else {
                problem(item.line(), null, what + " has an entry that is not a text");
            }
        }
        return scalars;
    }

    private boolean checkLanguage(String language, int line, String intent) {
        if (language != null && Languages.isSupported(language)) {
            return true;
        }
        String hint = language != null && (language.equalsIgnoreCase("cn") || language.toLowerCase().startsWith("zh"))
                ? "; Chinese is 'zh'" : "";
        problem(line, intent, "unknown language key '" + language + "' (expected one of "
                + Languages.describeSupported() + hint + ")");
        return false;
    }

    private static String text(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar ? scalar.text() : null;
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    private TrainingDataBuilder.Location at(int line) {
        return new TrainingDataBuilder.Location(source, line);
    }

    private void problem(int line, String intent, String message) {
        builder.problem(at(line), intent, message);
    }
}
