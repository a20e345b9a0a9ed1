package com.shopmate.servers;

/**
 * A server could not start, or did not become ready, for a reason the message says in one line (with the end of the
 * server's log when it has one): callers print it as it is, without a stack trace.
 */
public class ServerException extends RuntimeException {

    public ServerException(String message) {
        super(message);
    }

    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
