package com.shopmate.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local stack's admin token: made once, at random, in the data folder ({@value #FILE_NAME}, readable by its
 * owner only), kept across restarts, and given to every service as {@value #ENV}; {@code ./shopmate train} sends it
 * when it activates a model. Delete the file to get a new one at the next start.
 */
public final class AdminTokenFile {

    public static final String FILE_NAME = "admin-token";
    static final String ENV = "SHOPMATE_ADMIN_TOKEN";
    private static final int RANDOM_BYTES = 32;

    private AdminTokenFile() {
    }

    /** The token in {@code dataDir}, made now if there is none. */
    static String ensure(Path dataDir) {
        return ensureSecret(dataDir, FILE_NAME);
    }

    /**
     * Any random secret the stack keeps across restarts the same way (the agent console's session key: agents stay
     * signed in when the stack restarts), in {@code dataDir/fileName}.
     */
    static String ensureSecret(Path dataDir, String fileName) {
        Path file = dataDir.resolve(fileName);
        try {
            if (!Files.isRegularFile(file)) {
                create(file);
            }
            String token = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (token.isEmpty()) {
                throw new StackException(file + " is empty: delete it, and the next start makes a new one");
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make " + file, e);
        }
    }

    // Written whole under another name, with owner-only permissions from the start, then moved into place.
    private static void create(Path file) throws IOException {
        byte[] random = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".partial",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(partial, token + "\n", StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Another process made it meanwhile: theirs is the token.
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
