package com.shopmate.errors;

/** The body of every error response of every service: {@code {"error": code, "message": message}}. */
public record ApiError(String error, String message) {
}
