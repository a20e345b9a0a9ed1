package com.shopmate.events;

/** A Kafka record that is not a well-formed event of the expected type; it belongs on the dead-letter topic. */
public class UnreadableEventException extends RuntimeException {
    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
