package com.shopmate.bench;

/** A run that cannot go on (a server unreachable, consumers never assigned); the message says what to do. */
public class BenchFailure extends RuntimeException {

    public BenchFailure(String message) {
        super(message);
    }

    public BenchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
