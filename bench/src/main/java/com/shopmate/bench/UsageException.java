package com.shopmate.bench;

/** The command line cannot be understood; the CLI prints the message with the usage and exits 2. */
public class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
