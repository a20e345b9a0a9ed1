package com.shopmate.kit.consuming;

/**
 * A record whose handling still failed after every retry. Its message is what the dead-letter queue writes into the
 * {@code dead-letter-reason} header, so it names the event and the last failure.
 */
public class HandlingFailedException extends RuntimeException {

    public HandlingFailedException(String message, Throwable lastFailure) {
        super(message, lastFailure);
    }
}
