package com.shopmate.local;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackOptionsParserTest {

    @TempDir
    Path repo;

    @BeforeEach
    void fakeRepository() throws IOException {
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Files.createDirectories(repo.resolve("event-schemas"));
        Files.createDirectories(repo.resolve("deploy/local"));
    }

    @Test
    void noArguments_giveTheDeveloperDefaults_withTheRepositoryFoundAboveTheWorkingDirectory() {
        StackOptions options = StackOptionsParser.parse(new String[0], Map.of(), repo.resolve("deploy/local"));

        assertEquals(repo.toAbsolutePath().normalize(), options.repoRoot());
        assertEquals(repo.resolve(".shopmate").toAbsolutePath().normalize(), options.dataDir());
        assertEquals(19092, options.kafkaPort());
        assertEquals(19093, options.kafkaControllerPort());
        assertEquals(16379, options.redisPort());
        assertEquals(15432, options.postgresPort());
        assertEquals(4, options.partitions());
        assertEquals(PlatformServices.ALL, options.services());
        assertEquals(List.of(8080, 8081, 8082, 8083), options.services().stream().map(ServiceSpec::port).toList());
        assertEquals(Duration.ofSeconds(90), options.serviceReadyTimeout());
        assertFalse(options.requireAllServices());
        assertFalse(options.deleteDataDirOnClose());
    }

    @Test
    void aFlagBeatsItsEnvironmentVariable_whichBeatsTheDefault() {
        Map<String, String> env = Map.of("SHOPMATE_KAFKA_PORT", "29092", "SHOPMATE_REDIS_PORT", "26379",
                "SHOPMATE_DATA_DIR", repo.resolve("from-env").toString());

        StackOptions options = StackOptionsParser.parse(
                new String[]{"--kafka-port", "39092", "--partitions=2", "--repo-root", repo.toString()}, env, Path.of("/"));

        assertEquals(39092, options.kafkaPort());
        assertEquals(26379, options.redisPort());
        assertEquals(2, options.partitions());
        assertEquals(repo.resolve("from-env"), options.dataDir());
    }

    @Test
    void servicesFlag_selectsServicesInTableOrder_andMovesTheirPorts() {
        StackOptions options = StackOptionsParser.parse(
                new String[]{"--services", "nlu-service, gateway-service=9080"}, Map.of(), repo);

        assertEquals(List.of(new ServiceSpec("gateway-service", 9080), new ServiceSpec("nlu-service", 8081)),
                options.services());
    }

    @Test
    void infraOnly_runsNoService() {
        StackOptions options = StackOptionsParser.parse(new String[]{"--infra-only"}, Map.of(), repo);

        assertTrue(options.services().isEmpty());
    }

    @Test
    void mistakes_areOneLineMessagesThatNameTheOption() {
        assertMessage("unknown option '--kafka' (see --help)", "--kafka", "1");
        assertMessage("--redis-port: not a port number: '70000'", "--redis-port", "70000");
        assertMessage("--postgres-port: not a number: 'five'", "--postgres-port", "five");
        assertMessage("--partitions must be at least 1, got 0", "--partitions", "0");
        assertMessage("--data-dir needs a value (see --help)", "--data-dir");
        assertMessage("--services: unknown service 'order-service'; known: gateway-service, nlu-service, "
                + "sentiment-service, dialogue-service", "--services", "order-service");
    }

    @Test
    void aDirectoryOutsideTheRepository_isRefusedWithAHint(@TempDir Path elsewhere) {
        StackException e = assertThrows(StackException.class,
                () -> StackOptionsParser.parse(new String[0], Map.of(), elsewhere));

        assertTrue(e.getMessage().endsWith(": pass --repo-root"), e.getMessage());
    }

    private void assertMessage(String expected, String... args) {
        StackException e = assertThrows(StackException.class, () -> StackOptionsParser.parse(args, Map.of(), repo));
        assertEquals(expected, e.getMessage());
    }
}
