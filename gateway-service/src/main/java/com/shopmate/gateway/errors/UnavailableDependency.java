package com.shopmate.gateway.errors;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Whether a failure is Redis or Kafka being down, slow or saturated (connection refused or closed, a timeout, the
 * connection pool's queue full) rather than a fault of the gateway's: the shopper should hear "temporarily
 * unavailable, try again" (503), not "internal error".
 */
final class UnavailableDependency {

    private UnavailableDependency() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof TimeoutException) {
                return true;
            }
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("connection pool") || message.contains("connection refused")
                    || message.contains("connection closed") || message.contains("connection reset")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
