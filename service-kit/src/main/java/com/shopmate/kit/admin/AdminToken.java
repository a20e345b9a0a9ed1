package com.shopmate.kit.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The configured admin token, and whether a request's {@code Authorization} header carries it. Compared as SHA-256
 * digests with {@link MessageDigest#isEqual}: equal lengths and a constant-time comparison, so how long a wrong
 * guess takes to refuse says nothing about the token.
 */
final class AdminToken {

    private static final String BEARER = "bearer ";

    private final byte[] digest;

    private AdminToken(byte[] digest) {
        this.digest = digest;
    }

    /** The token as configured; none when unset or blank. */
    static AdminToken of(Optional<String> configured) {
        return new AdminToken(configured.map(String::strip).filter(t -> !t.isEmpty()).map(AdminToken::sha256)
                .orElse(null));
    }

    boolean configured() {
        return digest != null;
    }

    /** Whether {@code authorization} is {@code Bearer <the token>}; false for anything else, or no header. */
    boolean acceptsHeader(String authorization) {
        if (digest == null || authorization == null
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(BEARER.length()).strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return configured() ? "AdminToken[configured]" : "AdminToken[none]";
    }
}
