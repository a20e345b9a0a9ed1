package com.shopmate.cli.stack;

import com.shopmate.cli.CliRun;
import com.shopmate.cli.ShopmateCli;
import com.shopmate.cli.Workspace;
import com.shopmate.local.PlatformServices;
import com.shopmate.local.ServiceSpec;
import com.shopmate.local.StackOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpCommandTest {

    @TempDir
    Path repo;

    @BeforeEach
    void fakeRepository() throws IOException {
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Files.createDirectories(repo.resolve("event-schemas"));
    }

    @Test
    void noOptions_giveTheDeveloperDefaults_inThisCheckout() {
        StackOptions options = parse(Map.of());

        assertEquals(StackOptions.defaults(repo), options);
        assertEquals(List.of(8080, 8081, 8082, 8083, 8084, 8085, 8086), options.services().stream().map(ServiceSpec::port).toList());
        assertEquals(Duration.ofSeconds(90), options.serviceReadyTimeout());
    }

    @Test
    void aFlagBeatsItsEnvironmentVariable_whichBeatsTheDefault() {
        Map<String, String> env = Map.of("SHOPMATE_KAFKA_PORT", "29092", "SHOPMATE_REDIS_PORT", "26379",
                "SHOPMATE_DATA_DIR", repo.resolve("from-env").toString(), "SHOPMATE_READY_TIMEOUT", " ");

        StackOptions options = parse(env, "--kafka-port", "39092", "--partitions=2");

        assertEquals(39092, options.kafkaPort());
        assertEquals(26379, options.redisPort());
        assertEquals(2, options.partitions());
        assertEquals(repo.resolve("from-env"), options.dataDir());
        assertEquals(Duration.ofSeconds(90), options.serviceReadyTimeout(), "a blank variable is unset");
    }

    @Test
    void servicesFlag_selectsServicesInTableOrder_andMovesTheirPorts() {
        StackOptions options = parse(Map.of(), "--services", "nlu-service, gateway-service=9080");

        assertEquals(List.of("gateway-service:9080", "nlu-service:8081"),
                options.services().stream().map(service -> service.module() + ":" + service.port()).toList());
        assertTrue(parse(Map.of("SHOPMATE_SERVICES", "nlu-service"), "--infra-only").services().isEmpty());
    }

    @Test
    void theHelpNamesEveryServiceTheStackKnows() {
        assertEquals(ServiceSelection.ALL_MODULES, ServiceSelection.ALL_MODULES_IN_HELP);
        assertEquals(PlatformServices.ALL.size(), ServiceSelection.ALL_MODULES.split(",").length);
    }

    @Test
    void mistakes_areAOneLineMessageAndTheUsage_exitTwo_andStartNothing() {
        assertMistake("Unknown options: '--kafka', '1'", "--kafka", "1");
        assertMistake("Invalid value for option '--redis-port': not a port number: '70000'", "--redis-port", "70000");
        assertMistake("Invalid value for option '--postgres-port': not a number: 'five'", "--postgres-port", "five");
        assertMistake("Invalid value for option '--partitions': must be at least 1, got 0", "--partitions", "0");
        assertMistake("Missing required parameter for option '--data-dir' (DIR)", "--data-dir");
        assertMistake("Invalid value for option '--services': unknown service 'order-service'; known: gateway-service,"
                + " nlu-service, sentiment-service, dialogue-service, order-connector, agent-console, recommendation-service", "--services", "order-service");
        assertMistake("--repo-root " + repo.resolve("nowhere") + " is not the Shopmate repository (no pom.xml and"
                + " event-schemas/)", "--repo-root", repo.resolve("nowhere").toString());
        assertFalse(Files.exists(repo.resolve(".shopmate")), "nothing started, nothing written");
    }

    @Test
    void aBadValueInTheEnvironment_isAMistakeToo() {
        CliRun run = CliRun.of(new Workspace(repo, Map.of("SHOPMATE_KAFKA_PORT", "x")), "up", "--no-build");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Invalid value for option '--kafka-port': not a number: 'x'"), run.err());
    }

    @Test
    void aStackThatStopsByASignal_endsUpWithZero_otherwiseWithItsOwnCode() {
        assertEquals(0, StackSupervisorRun.exitCode(143));
        assertEquals(0, StackSupervisorRun.exitCode(130));
        assertEquals(1, StackSupervisorRun.exitCode(1));
    }

    private void assertMistake(String message, String... args) {
        String[] up = new String[args.length + 2];
        up[0] = "up";
        up[1] = "--no-build";
        System.arraycopy(args, 0, up, 2, args.length);
        CliRun run = CliRun.of(new Workspace(repo, Map.of("SHOPMATE_DATA_DIR", repo.resolve(".shopmate").toString())), up);

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(message, run.err().lines().findFirst().orElse(""), run.err());
        assertTrue(run.err().contains("Usage: shopmate up"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    private StackOptions parse(Map<String, String> env, String... args) {
        Workspace workspace = new Workspace(repo, env);
        CommandLine cli = ShopmateCli.create(workspace);
        String[] up = new String[args.length + 1];
        up[0] = "up";
        System.arraycopy(args, 0, up, 1, args.length);
        CommandLine.ParseResult parsed = cli.parseArgs(up);
        return ((UpCommand) parsed.subcommand().commandSpec().userObject()).stackOptions();
    }
}
