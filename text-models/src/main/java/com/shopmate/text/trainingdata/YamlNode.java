package com.shopmate.text.trainingdata;

import java.util.List;
import java.util.Optional;

/**
 * A YAML value that remembers its line, so that problems point at the line an operator has to fix. Scalars keep
 * their text as written: {@code - no} in a list of deny examples is the word "no", not the boolean false.
 */
sealed interface YamlNode {

    int line();

    /** @param text null for an empty value or YAML's null */
    record Scalar(String text, int line) implements YamlNode {

        boolean isEmpty() {
            return text == null || text.isBlank();
        }

        /** The line of the {@code n}th line of a block scalar ({@code examples: |}), whose text starts below it. */
        int lineOfTextLine(int n) {
            return text != null && text.indexOf('\n') >= 0 ? line + 1 + n : line;
        }
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
    }

    record Mapping(List<Entry> entries, int line) implements YamlNode {

        Optional<YamlNode> get(String key) {
            return entries.stream().filter(entry -> entry.key().equals(key)).map(Entry::value).findFirst();
        }
    }

    record Entry(String key, int line, YamlNode value) {
    }

    static String kind(YamlNode node) {
        if (node instanceof Scalar) {
            return "a text";
        }
        return node instanceof Sequence ? "a list" : "a mapping";
    }
}
