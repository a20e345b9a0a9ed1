package com.shopmate.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackTargetsTest {

    @TempDir
    Path dir;

    @Test
    void withoutFlagsOrFileTheLocalDefaultsAreUsed() {
        StackTargets targets = StackTargets.resolve(null, null, null);

        assertEquals(URI.create("http://localhost:8080"), targets.gateway());
        assertEquals("localhost:19092", targets.kafka());
    }

    @Test
    void theStackEnvFileGivesTheAddresses() throws IOException {
        Path env = write("GATEWAY_URL=http://127.0.0.1:18080\nKAFKA_BOOTSTRAP_SERVERS=127.0.0.1:29092\n");

        StackTargets targets = StackTargets.resolve(null, null, env);

        assertEquals(URI.create("http://127.0.0.1:18080"), targets.gateway());
        assertEquals("127.0.0.1:29092", targets.kafka());
    }

    @Test
    void flagsOverrideTheStackEnvFile() throws IOException {
        Path env = write("GATEWAY_URL=http://127.0.0.1:18080\nKAFKA_BOOTSTRAP_SERVERS=127.0.0.1:29092\n");

        StackTargets targets = StackTargets.resolve(null, "other:9092", env);

        assertEquals(URI.create("http://127.0.0.1:18080"), targets.gateway());
        assertEquals("other:9092", targets.kafka());
    }

    @Test
    void aMissingStackEnvFileFallsBackToTheDefaultsAndSaysSo() {
        StackTargets targets = StackTargets.resolve(null, null, dir.resolve("absent.env"));

        assertEquals("localhost:19092", targets.kafka());
        assertTrue(targets.note().endsWith("not found, defaults used"), targets.note());
    }

    @Test
    void addressesAreChecked_fromTheCommandLineAndFromTheFile() throws IOException {
        var e = assertThrows(IllegalArgumentException.class, () -> StackTargets.gatewayUrl("localhost:8080"));
        assertTrue(e.getMessage().startsWith("--gateway must be an http(s) URL"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StackTargets.bootstrap("localhost"));
        assertTrue(e.getMessage().startsWith("--kafka must be HOST:PORT"), e.getMessage());
        Path env = write("KAFKA_BOOTSTRAP_SERVERS=nowhere\n");
        assertThrows(IllegalArgumentException.class, () -> StackTargets.resolve(null, null, env));
        assertEquals(URI.create("http://gw:9000"), StackTargets.gatewayUrl("http://gw:9000/"));
    }

    @Test
    void envFilesMayHaveCommentsExportAndQuotes() {
        Map<String, String> env = StackTargets.parseEnv("""
                # written by the local stack
                export GATEWAY_URL="http://localhost:8080"

                KAFKA_BOOTSTRAP_SERVERS = 'localhost:19092'
                not a pair
                """);

        assertEquals(Map.of("GATEWAY_URL", "http://localhost:8080", "KAFKA_BOOTSTRAP_SERVERS", "localhost:19092"),
                env);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("stack.env"), text);
    }
}
