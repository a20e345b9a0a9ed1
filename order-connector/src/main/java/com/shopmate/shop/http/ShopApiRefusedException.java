package com.shopmate.shop.http;

/**
 * The shop's API answered 4xx: the request is wrong or the thing is not there. An answer, not an outage: not retried,
 * and it does not count against the circuit breaker.
 */
public class ShopApiRefusedException extends RuntimeException {

    private final int status;

    public ShopApiRefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    boolean notFound() {
        return status == 404;
    }
}
