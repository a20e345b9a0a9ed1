package com.shopmate.text.trainingdata;

import java.util.List;

/**
 * A named regular expression from the training data, as Rasa's {@code - regex:} items: the name is the entity type
 * its matches are (nlu-service's entity extractor finds them); the intent classifier does not use them.
 */
public record RegexFeature(String name, List<String> patterns) {

    public RegexFeature {
        patterns = List.copyOf(patterns);
    }
}
