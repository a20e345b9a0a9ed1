package com.shopmate.sentiment.errors;

/** The body of every error response. */
public record ApiError(String error, String message) {
}
