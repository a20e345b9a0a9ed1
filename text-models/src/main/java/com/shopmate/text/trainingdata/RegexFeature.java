package com.shopmate.text.trainingdata;

import java.util.List;

/**
 * A named regular expression from the training data, as Rasa's {@code - regex:} items. Kept so that an import
 * loses nothing; the classifier does not use them yet.
 */
public record RegexFeature(String name, List<String> patterns) {

    public RegexFeature {
        patterns = List.copyOf(patterns);
    }
}
