package com.shopmate.text.trainingdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads one Rasa file into the builder, noting what it keeps unused or leaves out. */
record RasaFileReader(String source, TrainingDataBuilder builder, List<String> notices, Set<String> regexNames) {

    static final Set<String> ITEM_KINDS = Set.of("intent", "synonym", "lookup", "regex");
    static final Set<String> DIALOGUE_KEYS = Set.of("stories", "rules", "responses", "domain", "intents",
            "entities", "slots", "forms", "actions", "session_config", "e2e_actions", "retrieval_intents");

    void read(YamlNode root) {
        if (!(root instanceof YamlNode.Mapping file)) {
            problem(root.line(), null, "a Rasa training-data file is a mapping with version and nlu, got "
                    + YamlNode.kind(root));
            return;
        }
        String version = file.get("version").map(RasaFileReader::text).orElse(null);
        if (version == null) {
            notice(file.line(), "no 'version'; read as Rasa 3.x");
        } else if (!version.startsWith("2") && !version.startsWith("3")) {
            notice(file.line(), "version \"" + version + "\" is not Rasa 2.x or 3.x; read as 3.x");
        }
        for (YamlNode.Entry entry : file.entries()) {
            if (DIALOGUE_KEYS.contains(entry.key())) {
                notice(entry.line(), "'" + entry.key() + "' is dialogue data, not imported");
            } else if (!entry.key().equals("version") && !entry.key().equals("nlu")) {
                notice(entry.line(), "unknown key '" + entry.key() + "' ignored");
            }
        }
        file.get("nlu").ifPresent(this::readNlu);
    }

    private void readNlu(YamlNode node) {
        if (!(node instanceof YamlNode.Sequence items)) {
            problem(node.line(), null, "'nlu' must be a list of '- intent: ...' items, got " + YamlNode.kind(node));
            return;
        }
        for (YamlNode item : items.items()) {
            if (item instanceof YamlNode.Mapping mapping) {
                readItem(mapping);
            } else {
                problem(item.line(), null, "an nlu item must be a mapping such as '- intent: greet', got "
                        + YamlNode.kind(item));
            }
        }
    }

    private void readItem(YamlNode.Mapping item) {
        List<YamlNode.Entry> kinds = item.entries().stream().filter(entry -> ITEM_KINDS.contains(entry.key())).toList();
        if (kinds.size() != 1) {
            problem(item.line(), null, "an nlu item needs exactly one of intent, synonym, lookup, regex");
            return;
        }
        String kind = kinds.get(0).key();
        String name = text(kinds.get(0).value());
        if (name == null || name.isBlank()) {
            problem(item.line(), null, "'" + kind + ":' has no name");
            return;
        }
        for (YamlNode.Entry entry : item.entries()) {
            if (entry.key().equals("metadata")) {
                notice(entry.line(), "metadata of " + kind + " '" + name + "' ignored");
            } else if (!entry.key().equals(kind) && !entry.key().equals("examples")) {
                problem(entry.line(), kind.equals("intent") ? name : null, "unknown key '" + entry.key()
                        + "' (expected " + kind + ", examples, metadata)");
            }
        }
        String intent = kind.equals("intent") ? name : null;
        if (intent != null && !builder.declareIntent(name, null, at(item.line()))) {
            return;
        }
        for (ExampleLines.Line line : examples(item, intent)) {
            switch (kind) {
                case "intent" -> addExample(intent, line);
                case "synonym" -> builder.addSynonymAlias(name, Languages.detect(line.text()), line.text(),
                        at(line.line()));
                case "lookup" -> builder.addLookupValue(name, Languages.detect(line.text()), line.text(),
                        at(line.line()));
                default -> {
                    builder.addRegex(name, line.text(), at(line.line()));
                    regexNames.add(name);
                }
            }
        }
    }

    /** Rasa's {@code examples: |} block, or its list of {@code - text: ...} entries that carry metadata. */
    private List<ExampleLines.Line> examples(YamlNode.Mapping item, String intent) {
        YamlNode examples = item.get("examples").orElse(null);
        if (examples instanceof YamlNode.Scalar block && !block.isEmpty()) {
            try {
                return ExampleLines.of(block);
            } catch (IllegalArgumentException e) {
                problem(block.line(), intent, e.getMessage());
                return List.of();
            }
        }
        if (examples instanceof YamlNode.Sequence list) {
            List<ExampleLines.Line> lines = new ArrayList<>();
            for (YamlNode entry : list.items()) {
                String text = entry instanceof YamlNode.Mapping mapping
                        ? mapping.get("text").map(RasaFileReader::text).orElse(null) : null;
                if (text == null || text.isBlank()) {
                    problem(entry.line(), intent, "an example in a list must be '- text: ...'");
                } else {
                    lines.add(new ExampleLines.Line(text.strip(), entry.line()));
                    if (((YamlNode.Mapping) entry).get("metadata").isPresent()) {
                        notice(entry.line(), "metadata of an example ignored");
                    }
                }
            }
            return lines;
        }
        if (intent != null) {
            problem(item.line(), intent, "the intent has no examples");
        } else {
            problem(item.line(), null, "no examples");
        }
        return List.of();
    }

    private void addExample(String intent, ExampleLines.Line line) {
        try {
            AnnotatedText example = EntityAnnotations.parse(line.text(), EntityAnnotations.Dialect.RASA,
                    dropped -> notice(line.line(), dropped));
            builder.addExample(intent, Languages.detect(example.text()), example, at(line.line()));
        } catch (InvalidAnnotationException e) {
            problem(line.line(), intent, e.getMessage());
        }
    }

    private static String text(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar ? scalar.text() : null;
    }

    private TrainingDataBuilder.Location at(int line) {
        return new TrainingDataBuilder.Location(source, line);
    }

    private void notice(int line, String message) {
        notices.add(source + ":" + line + ": " + message);
    }

    private void problem(int line, String intent, String message) {
        builder.problem(at(line), intent, message);
    }
}
