package com.shopmate.text.trainingdata;

/** An example whose entity annotation cannot be read. */
public class InvalidAnnotationException extends IllegalArgumentException {

    public InvalidAnnotationException(String message) {
        super(message);
    }
}
