package com.shopmate.text.classifier;

import java.util.Objects;

/** One training or test example: a shopper's text and the label it should get. */
public record LabeledText(String text, String label) {

    public LabeledText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
    }
}
