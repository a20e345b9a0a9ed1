package com.shopmate.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalStackTest {

    @TempDir
    Path repo;

    @Test
    void aServiceThatIsNotBuilt_isLeftOut_unlessAllAreRequired() throws IOException {
        Path gatewayJar = repo.resolve("gateway-service/target/quarkus-app/quarkus-run.jar");
        Files.createDirectories(gatewayJar.getParent());
        Files.writeString(gatewayJar, "");
        StackOptions options = StackOptions.defaults(repo);

        assertEquals(List.of("gateway-service"),
                LocalStack.builtServices(options).stream().map(ServiceSpec::module).toList());

        StackException e = assertThrows(StackException.class,
                () -> LocalStack.builtServices(options.withRequireAllServices(true)));
        assertTrue(e.getMessage().startsWith("nlu-service is not built (no "), e.getMessage());
    }

    @Test
    void theServersStartFirst_thenTheServicesInTableOrder() {
        StackOptions options = StackOptions.defaults(repo);

        List<StackComponent> components = LocalStack.components(options, options.services());

        assertEquals(List.of("kafka", "redis", "postgres", "gateway-service", "nlu-service", "sentiment-service",
                "dialogue-service", "order-connector", "agent-console", "recommendation-service"),
                components.stream().map(StackComponent::name).toList());
        assertEquals(List.of(StackComponent.Stage.SERVER, StackComponent.Stage.SERVER, StackComponent.Stage.SERVER),
                components.subList(0, 3).stream().map(StackComponent::stage).toList());
    }

    @Test
    void everyServiceGetsTheInfrastructureAddressesUnderTheirQuarkusNames() {
        Map<String, String> env = PlatformServices.environment(new ServiceSpec("nlu-service", 8081),
                new StackAddresses(19092, 16379, 15432));

        assertEquals("8081", env.get("QUARKUS_HTTP_PORT"));
        assertEquals("127.0.0.1:19092", env.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("redis://127.0.0.1:16379", env.get("QUARKUS_REDIS_HOSTS"));
        assertEquals("postgresql://127.0.0.1:15432/shopmate", env.get("QUARKUS_DATASOURCE_REACTIVE_URL"));
        assertEquals("postgres", env.get("QUARKUS_DATASOURCE_USERNAME"));
        assertFalse(env.containsKey("QUARKUS_DATASOURCE_PASSWORD"), "local PostgreSQL trusts local connections");
    }

    @Test
    void aPidFileLeftByAProcessThatIsNoStack_doesNotBlockTheNextStart() throws IOException {
        Path pidFile = repo.resolve("stack.pid");
        // A live process, but not a LocalStack: the pid was reused after a stack died without cleaning up.
        Files.writeString(pidFile, ProcessHandle.current().parent().orElseThrow().pid() + "\n");

        StackPidFile.claim(pidFile);

        assertEquals(Long.toString(ProcessHandle.current().pid()), Files.readString(pidFile).trim());
        StackPidFile.release(pidFile);
        assertTrue(Files.notExists(pidFile));
    }

    @Test
    void aProcessWhoseCommandLineCannotBeRead_isNoProofOfAStack() {
        assertFalse(StackPidFile.isLocalStack(Optional.empty()));
        assertFalse(StackPidFile.isLocalStack(Optional.of(List.of("/usr/bin/vim", "notes.txt"))));
        assertTrue(StackPidFile.isLocalStack(Optional.of(List.of("java", "-cp", "lib/*", LocalStack.class.getName()))));
    }

    @Test
    void theStacksJvmsCarryTheDataDirectory_soTheirRecordedPidsCanBeToldFromStrangers() {
        assertEquals("-Dshopmate.local-stack=" + repo.resolve(".shopmate"),
                StackOptions.defaults(repo).javaProcessMarker());
    }

    @Test
    void testOptions_useATemporaryDataDirectory_andRequireTheWholePlatform() throws IOException {
        StackOptions options = StackOptions.forTests();
        // No stack runs on it here, so no close() deletes it.
        Files.delete(options.dataDir());

        assertTrue(options.deleteDataDirOnClose());
        assertTrue(options.requireAllServices());
        assertTrue(RepoRoot.isRepoRoot(options.repoRoot()));
        assertEquals(PlatformServices.ALL.size(), options.services().size());
        assertTrue(options.dataDir().getFileName().toString().startsWith("shopmate-stack-"));
    }
}
