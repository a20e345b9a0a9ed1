package com.shopmate.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackOptionsFileTest {

    @TempDir
    Path dir;

    @Test
    void theStacksJvmReadsTheOptionsUpWrote_servicesKeepingTheirOwnEnvironment() {
        StackOptions written = new StackOptions(dir.resolve("repo"), dir.resolve("data"), 29092, 29093, 26379,
                25432, 2, List.of(PlatformServices.ALL.get(0).withPort(9080), PlatformServices.ALL.get(2)), true,
                Duration.ofSeconds(30), false);

        Path file = StackOptionsFile.write(written);

        assertEquals(dir.resolve("data/conf/stack-options.json"), file);
        assertEquals(written, StackOptionsFile.read(file));
    }

    @Test
    void anUnreadableFile_isAOneLineStackError() throws IOException {
        Path file = Files.writeString(dir.resolve("stack-options.json"), "{\"services\": [{\"module\": \"x\"");

        StackException e = assertThrows(StackException.class, () -> StackOptionsFile.read(file));

        assertTrue(e.getMessage().startsWith("cannot read the stack's options from "), e.getMessage());
    }
}
