package com.shopmate.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminTokenFileTest {

    @Test
    void aTokenIsMadeOnceReadableByItsOwnerOnlyAndKept(@TempDir Path dataDir) throws Exception {
        String token = AdminTokenFile.ensure(dataDir);

        Path file = dataDir.resolve(AdminTokenFile.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertEquals(token, AdminTokenFile.ensure(dataDir), "the next start keeps it");
        try (var files = Files.list(dataDir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void anotherSecretIsKeptBesideTheTokenAndIsNotIt(@TempDir Path dataDir) {
        String sessionKey = AdminTokenFile.ensureSecret(dataDir, "console-session-key");
        assertEquals(sessionKey, AdminTokenFile.ensureSecret(dataDir, "console-session-key"), "kept across starts");
        assertNotEquals(AdminTokenFile.ensure(dataDir), sessionKey);
        assertTrue(sessionKey.length() >= 16, "long enough to seal the console's cookies");
    }

    @Test
    void eachDataFolderGetsItsOwnToken(@TempDir Path one, @TempDir Path other) {
        assertNotEquals(AdminTokenFile.ensure(one), AdminTokenFile.ensure(other));
    }
}
