package com.shopmate.local;

/**
 * The stack could not start (or a command could not run) for a reason the user can fix. The message is one line
 * that says what to do; {@link LocalStack#main} prints it without a stack trace.
 */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
