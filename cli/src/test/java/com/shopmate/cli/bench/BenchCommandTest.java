package com.shopmate.cli.bench;

import com.shopmate.bench.BenchPlan;
import com.shopmate.bench.StackTargets;
import com.shopmate.cli.CliRun;
import com.shopmate.cli.ShopmateCli;
import com.shopmate.cli.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {

    @TempDir
    Path repo;

    @Test
    void benchHelp_listsTheBenches() {
        CliRun run = CliRun.of(new Workspace(repo, Map.of()), "bench", "help");

        assertEquals(0, run.exitCode());
        for (String bench : BenchPlan.BENCHES) {
            assertTrue(run.out().contains("\n  " + bench + " "), bench + " listed in:\n" + run.out());
        }
    }

    @Test
    void rateAndDurationAloneTakeTheDefaults_andTheStacksEnvFile() throws IOException {
        Path dataDir = Files.createDirectories(repo.resolve("data"));
        Files.writeString(dataDir.resolve("stack.env"), "GATEWAY_URL=http://127.0.0.1:18080\nKAFKA_BOOTSTRAP_SERVERS=127.0.0.1:29092\n");
        BenchRunCommand e2e = parse(new Workspace(repo, Map.of("SHOPMATE_DATA_DIR", dataDir.toString())),
                "bench", "e2e", "--rate", "200", "--duration=10");

        assertEquals(new BenchPlan("e2e", 200, 10, 3, 50), e2e.plan());
        assertEquals(new StackTargets(URI.create("http://127.0.0.1:18080"), "127.0.0.1:29092",
                "stack env " + dataDir.resolve("stack.env")), e2e.targets());
    }

    @Test
    void flagsOverrideTheStackEnvFile() {
        BenchRunCommand raw = parse(new Workspace(repo, Map.of()), "bench", "kafka-raw", "--rate=50", "--duration", "5",
                "--warmup=0", "--conversations", "7", "--gateway", "http://gw:9000/", "--kafka=broker:9092");

        assertEquals(new BenchPlan("kafka-raw", 50, 5, 0, 7), raw.plan());
        assertEquals(URI.create("http://gw:9000"), raw.targets().gateway());
        assertEquals("broker:9092", raw.targets().kafka());
    }

    @Test
    void shopQuery_takesTheSameOptions_itsRateInQueriesPerSecond() {
        BenchRunCommand shopQuery = parse(new Workspace(repo, Map.of()), "bench", "shop-query", "--rate", "200",
                "--duration", "30", "--warmup", "5", "--kafka", "127.0.0.1:19092");

        assertEquals(new BenchPlan("shop-query", 200, 30, 5, 50), shopQuery.plan());
        assertEquals("127.0.0.1:19092", shopQuery.targets().kafka());
        assertTrue(CliRun.of(new Workspace(repo, Map.of()), "bench", "shop-query", "--help").out()
                .contains("queries per second"));
    }

    @Test
    void reco_takesTheSameOptions_itsRateInRequestsPerSecond() {
        BenchRunCommand reco = parse(new Workspace(repo, Map.of()), "bench", "reco", "--rate", "50",
                "--duration", "30", "--warmup", "5", "--kafka", "127.0.0.1:19092");

        assertEquals(new BenchPlan("reco", 50, 30, 5, 50), reco.plan());
        assertEquals("127.0.0.1:19092", reco.targets().kafka());
        assertTrue(CliRun.of(new Workspace(repo, Map.of()), "bench", "reco", "--help").out()
                .contains("requests per second"));
    }

    @Test
    void mistakes_areUsageErrors_exitTwo() {
        assertMistake("Missing required option: '--duration=S'", "bench", "e2e", "--rate", "10");
        assertMistake("Unknown option: '--durration=10'", "bench", "e2e", "--rate", "200", "--duration", "1", "--durration=10");
        assertMistake("--duration must be at least 1, got 0", "bench", "e2e", "--rate", "10", "--duration", "0");
        assertMistake("Invalid value for option '--kafka': --kafka must be HOST:PORT[,HOST:PORT…], got 'localhost'",
                "bench", "kafka-raw", "--rate", "1", "--duration", "1", "--kafka", "localhost");
        assertMistake("no bench given", "bench");
        assertMistake("Unmatched argument at index 1: 'load'", "bench", "load");
    }

    private void assertMistake(String message, String... args) {
        CliRun run = CliRun.of(new Workspace(repo, Map.of()), args);

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(message, run.err().lines().findFirst().orElse(""), run.err());
        assertTrue(run.err().contains("Usage: shopmate bench"), run.err());
    }

    private static BenchRunCommand parse(Workspace workspace, String... args) {
        CommandLine.ParseResult parsed = ShopmateCli.create(workspace).parseArgs(args);
        return (BenchRunCommand) parsed.subcommand().subcommand().commandSpec().userObject();
    }
}
