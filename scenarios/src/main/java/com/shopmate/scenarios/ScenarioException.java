package com.shopmate.scenarios;

/** The suite cannot run, for a reason the user can fix; the message is one line that says which and where. */
public class ScenarioException extends RuntimeException {

    public ScenarioException(String message) {
        super(message);
    }

    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
