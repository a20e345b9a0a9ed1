package com.shopmate.text.sentiment;

import java.util.List;
import java.util.stream.Collectors;

/** A sentiment pack that cannot be used, with every problem found, so that one run fixes them all. */
public class SentimentPackException extends RuntimeException {

    public SentimentPackException(List<String> problems) {
        super(problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n",
                (problems.size() == 1 ? "1 problem" : problems.size() + " problems") + " in the sentiment pack:\n", "")));
    }
}
