package com.shopmate.text.trainingdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes {@link TrainingData} in Shopmate's YAML format (docs/nlu-training-data.md), e.g. after a Rasa import.
 * What it writes, {@link TrainingDataLoader} reads back as equal data.
 */
public final class TrainingDataWriter {

    private static final String HEADER =
            "# Shopmate NLU training data; the format is described in docs/nlu-training-data.md\n";

    private TrainingDataWriter() {
    }

    public static void write(TrainingData data, Path file) {
        try {
            Files.writeString(file, toYaml(data), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write training data to " + file, e);
        }
    }

    /**
     * @throws IllegalArgumentException for an example whose plain text itself looks like an annotation (such as a
     *                                  literal "[x](y)"), which no file could hold unchanged
     */
    public static String toYaml(TrainingData data) {
        StringBuilder yaml = new StringBuilder(HEADER).append("version: 1\n");
        if (!data.intents().isEmpty()) {
            yaml.append("\nintents:\n");
            data.intents().forEach(intent -> writeIntent(intent, yaml));
        }
        if (!data.lookups().isEmpty()) {
            yaml.append("\nlookups:\n");
            data.lookups().forEach(lookup ->
                    yaml.append("  ").append(YamlScalars.block(lookup.name())).append(": ")
                            .append(flowMap(lookup.values())).append('\n'));
        }
        if (!data.synonyms().isEmpty()) {
            yaml.append("\nsynonyms:\n");
            data.synonyms().forEach(synonym -> {
                yaml.append("  - value: ").append(YamlScalars.block(synonym.value())).append('\n');
                synonym.aliases().forEach((language, aliases) ->
                        yaml.append("    ").append(language).append(": ").append(flowList(aliases)).append('\n'));
            });
        }
        if (!data.regexes().isEmpty()) {
            yaml.append("\n# Kept from the source; the classifier does not use regexes yet.\nregexes:\n");
            data.regexes().forEach(regex ->
                    yaml.append("  ").append(YamlScalars.block(regex.name())).append(": ")
                            .append(flowList(regex.patterns())).append('\n'));
        }
        return yaml.toString();
    }

    private static void writeIntent(Intent intent, StringBuilder yaml) {
        yaml.append("  - name: ").append(YamlScalars.block(intent.name())).append('\n');
        if (!intent.description().isBlank()) {
            yaml.append("    description: ").append(YamlScalars.block(intent.description())).append('\n');
        }
        yaml.append("    examples:\n");
        for (String language : Languages.SUPPORTED) {
            List<IntentExample> examples = intent.examples(language);
            if (!examples.isEmpty()) {
                yaml.append("      ").append(language).append(":\n");
                examples.forEach(example
                        -> yaml.append("        - ").append(YamlScalars.block(annotated(example))).append('\n'));
            }
        }
    }

    private static String annotated(IntentExample example) {
        String annotated = EntityAnnotations.format(example);
        AnnotatedText reread = EntityAnnotations.parse(annotated);
        if (!reread.text().equals(example.text()) || !reread.entities().equals(example.entities())) {
            throw new IllegalArgumentException("example \"" + example.text() + "\" of intent '" + example.intent()
                    + "' holds brackets that would read back as an entity annotation; write them full-width (【】（）)");
        }
        return annotated;
    }

    private static String flowMap(Map<String, List<String>> byLanguage) {
        return byLanguage.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + flowList(entry.getValue()))
                .collect(Collectors.joining(", ", "{ ", " }"));
    }

    private static String flowList(List<String> values) {
        return values.stream().map(YamlScalars::flow).collect(Collectors.joining(", ", "[", "]"));
    }
}
