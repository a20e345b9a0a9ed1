package com.shopmate.gateway.errors;

/** The body of every error response. */
public record ApiError(String error, String message) {
}
