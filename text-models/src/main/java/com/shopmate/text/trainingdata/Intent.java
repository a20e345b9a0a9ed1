package com.shopmate.text.trainingdata;

import java.util.List;
import java.util.Objects;

/** An intent with all its examples, in the order the files listed them (Chinese before English within a file). */
public record Intent(String name, String description, List<IntentExample> examples) {

    public Intent {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        examples = List.copyOf(examples);
    }

    public List<IntentExample> examples(String language) {
        return examples.stream().filter(example -> example.language().equals(language)).toList();
    }
}
