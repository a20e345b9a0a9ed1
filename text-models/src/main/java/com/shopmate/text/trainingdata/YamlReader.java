package com.shopmate.text.trainingdata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Reads one YAML document into {@link YamlNode}s with line numbers (a Jackson tree forgets them). */
final class YamlReader {

    private static final YAMLFactory YAML = new YAMLFactory();

    private YamlReader() {
    }

    /**
     * @param problems told of syntax errors and duplicate keys
     * @return the document's root, empty when the document is empty or cannot be read
     */
    static Optional<YamlNode> read(TrainingDataSource source, Consumer<TrainingDataProblem> problems) {
        try (JsonParser parser = YAML.createParser(source.content())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            YamlNode root = readValue(parser, source.name(), problems);
            if (parser.nextToken() != null) {
                problems.accept(new TrainingDataProblem(source.name(), line(parser), null,
                        "only one YAML document per file (found a second one after '---')"));
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.accept(new TrainingDataProblem(source.name(), line, null, "not valid YAML: "
                    + firstLine(e.getOriginalMessage())
                    + hint(source.content(), line)));
            return Optional.empty();
        } catch (IOException e) {
            problems.accept(new TrainingDataProblem(source.name(), 0, null, "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static YamlNode readValue(JsonParser parser, String source, Consumer<TrainingDataProblem> problems)
            throws IOException {
        int line = line(parser);
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                List<YamlNode.Entry> entries = new ArrayList<>();
                Set<String> keys = new HashSet<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = line(parser);
                    parser.nextToken();
                    YamlNode value = readValue(parser, source, problems);
                    if (keys.add(key)) {
                        entries.add(new YamlNode.Entry(key, keyLine, value));
                    } else {
                        problems.accept(new TrainingDataProblem(source, keyLine, null,
                                "key '" + key + "' appears twice in one mapping;"
                                        + " the second would silently replace the first"));
                    }
                }
                yield new YamlNode.Mapping(List.copyOf(entries), line);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, source, problems));
                }
                yield new YamlNode.Sequence(List.copyOf(items), line);
            }
            case VALUE_NULL -> new YamlNode.Scalar(null, line);
            default -> new YamlNode.Scalar(parser.getText(), line);
        };
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** The usual cause: an example that starts with [ is read by YAML as a list. */
    private static String hint(String content, int line) {
        String[] lines = content.split("\n", -1);
        if (line >= 1 && line <= lines.length) {
            String text = lines[line - 1].strip();
            if (text.startsWith("- [") || text.startsWith("- {")) {
                return "; an example that starts with [ or { must be quoted: - \"" + text.substring(2) + "\"";
            }
        }
        return "; quote an example that contains ': ' or ' #'";
    }
}
