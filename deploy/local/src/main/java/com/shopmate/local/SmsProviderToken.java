package com.shopmate.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The local stack's SMS provider auth token: made once, at random, in the data folder ({@value #FILE_NAME}, owner
 * only) and given to the gateway as {@value #ENV}. Its sandbox provider is called with it, and it is the key the
 * webhooks are signed with, so whatever plays the provider ({@code ./shopmate sms}, the scenarios, the tests) reads
 * it from here. No stack uses a well-known token; delete the file to get a new one at the next start.
 */
public final class SmsProviderToken {

    public static final String FILE_NAME = "sms-provider-auth-token";
    static final String ENV = "SHOPMATE_SMS_PROVIDER_AUTH_TOKEN";

    private SmsProviderToken() {
    }

    /** The token in {@code dataDir}, made now if there is none. */
    public static String ensure(Path dataDir) {
        return AdminTokenFile.ensureSecret(dataDir, FILE_NAME);
    }

    /** The token of a stack that has run with {@code dataDir}, without making one. */
    public static Optional<String> read(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(t -> !t.isEmpty());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
