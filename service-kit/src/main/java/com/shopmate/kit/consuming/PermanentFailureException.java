package com.shopmate.kit.consuming;

/**
 * A readable event whose handling no retry can make succeed (a reply on a channel this service cannot deliver on):
 * the kit dead-letters it at once, with this message as the reason, instead of retrying it.
 */
public class PermanentFailureException extends RuntimeException {

    public PermanentFailureException(String message) {
        super(message);
    }
}
