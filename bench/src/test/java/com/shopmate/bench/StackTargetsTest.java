package com.shopmate.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackTargetsTest {

    @TempDir
    Path dir;

    @Test
    void withoutFlagsOrFileTheLocalDefaultsAreUsed() throws UsageException {
        StackTargets targets = StackTargets.resolve(BenchArgs.parse("e2e", "--rate", "1", "--duration", "1"));

        assertEquals(URI.create("http://localhost:8080"), targets.gateway());
        assertEquals("localhost:19092", targets.kafka());
    }

    @Test
    void theStackEnvFileGivesTheAddresses() throws IOException, UsageException {
        Path env = write("GATEWAY_URL=http://127.0.0.1:18080\nKAFKA_BOOTSTRAP_SERVERS=127.0.0.1:29092\n");

        StackTargets targets = StackTargets.resolve(
                BenchArgs.parse("e2e", "--rate", "1", "--duration", "1", "--stack-env", env.toString()));

        assertEquals(URI.create("http://127.0.0.1:18080"), targets.gateway());
        assertEquals("127.0.0.1:29092", targets.kafka());
    }

    @Test
    void flagsOverrideTheStackEnvFile() throws IOException, UsageException {
        Path env = write("GATEWAY_URL=http://127.0.0.1:18080\nKAFKA_BOOTSTRAP_SERVERS=127.0.0.1:29092\n");

        StackTargets targets = StackTargets.resolve(BenchArgs.parse("e2e", "--rate", "1", "--duration", "1",
                "--stack-env", env.toString(), "--kafka", "other:9092"));

        assertEquals(URI.create("http://127.0.0.1:18080"), targets.gateway());
        assertEquals("other:9092", targets.kafka());
    }

    @Test
    void aMissingStackEnvFileFallsBackToTheDefaultsAndSaysSo() throws UsageException {
        StackTargets targets = StackTargets.resolve(BenchArgs.parse("e2e", "--rate", "1", "--duration", "1",
                "--stack-env", dir.resolve("absent.env").toString()));

        assertEquals("localhost:19092", targets.kafka());
        assertTrue(targets.note().endsWith("not found, defaults used"), targets.note());
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
