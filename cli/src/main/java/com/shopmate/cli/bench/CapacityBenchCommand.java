package com.shopmate.cli.bench;

import com.shopmate.bench.BenchFailure;
import com.shopmate.bench.StackTargets;
import com.shopmate.bench.capacity.CapacityPlan;
import com.shopmate.bench.capacity.CapacitySearch;
import com.shopmate.bench.e2e.E2eShoppers;
import com.shopmate.bench.e2e.GatewayLoad;
import com.shopmate.bench.load.BenchTraffic;
import com.shopmate.bench.usage.StackProcesses;
import com.shopmate.cli.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import static java.nio.charset.StandardCharsets.UTF_8;

/** {@code ./shopmate bench capacity}: the highest message rate the running stack holds. */
@Command(name = CapacityBenchCommand.NAME, sortOptions = false,
        description = {"the highest rate the platform holds: raises the rate step by step (the e2e bench's shoppers",
                "and texts) until p99 passes --max-p99-ms or a reply is missing, then holds the best rate for --hold",
                "seconds (a step lower each time that fails) and prints the rate held."},
        footer = {"", "The last line printed is one JSON object with the figures. Exit 0 done, 1 failed, 2 usage."})
final class CapacityBenchCommand implements Callable<Integer> {

    static final String NAME = "capacity";

    @Spec
    CommandSpec spec;

    @Option(names = "--start", paramLabel = "R", defaultValue = "" + CapacityPlan.DEFAULT_START,
            description = "first rate, msg/s (default ${DEFAULT-VALUE})")
    int start;

    @Option(names = "--step", paramLabel = "R", defaultValue = "" + CapacityPlan.DEFAULT_STEP,
            description = "added at each step, msg/s (default ${DEFAULT-VALUE})")
    int step;

    @Option(names = "--max", paramLabel = "R", defaultValue = "" + CapacityPlan.DEFAULT_MAX,
            description = "highest rate tried (default ${DEFAULT-VALUE})")
    int max;

    @Option(names = "--step-seconds", paramLabel = "S", defaultValue = "" + CapacityPlan.DEFAULT_STEP_SECONDS,
            description = "measured seconds of each step (default ${DEFAULT-VALUE})")
    int stepSeconds;

    @Option(names = "--hold", paramLabel = "S", defaultValue = "" + CapacityPlan.DEFAULT_HOLD_SECONDS,
            description = "seconds the best rate must hold (default ${DEFAULT-VALUE})")
    int holdSeconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "3",
            description = "seconds sent before each step and not counted (default ${DEFAULT-VALUE})")
    int warmupSeconds;

    @Option(names = "--max-p99-ms", paramLabel = "MS", defaultValue = "" + CapacityPlan.DEFAULT_MAX_P99_MS,
            description = "a rate holds while p99 is at most this (default ${DEFAULT-VALUE})")
    double maxP99Ms;

    @Option(names = "--conversations", paramLabel = "N", defaultValue = "200",
            description = "conversations the messages are spread over (default ${DEFAULT-VALUE})")
    int conversations;

    @Option(names = "--gateway", paramLabel = "URL", converter = BenchRunCommand.GatewayUrl.class,
            description = "gateway base URL (default GATEWAY_URL from --stack-env, else " + StackTargets.DEFAULT_GATEWAY + ")")
    URI gateway;

    @Option(names = "--stack-env", paramLabel = "FILE",
            description = "KEY=VALUE file written by the local stack (default <data-dir>/stack.env)")
    Path stackEnv;

    @Option(names = "--datasets", paramLabel = "DIR",
            description = "data sets whose training texts are sent too (default ../shared/datasets beside the checkout)")
    Path datasets;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    private final Workspace workspace;

    CapacityBenchCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() {
        CapacityPlan plan;
        StackTargets targets;
        Path env = stackEnv != null ? stackEnv : workspace.stackEnv();
        try {
            plan = new CapacityPlan(start, step, max, stepSeconds, holdSeconds, warmupSeconds, maxP99Ms, conversations);
            targets = StackTargets.resolve(gateway, null, env);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintStream progress = new PrintStream(System.err, true, UTF_8);
        try {
            E2eShoppers shoppers = E2eBenchCommand.shoppers(workspace, datasets,
                    env.resolveSibling(StackProcesses.FILE_NAME), progress);
            var traffic = new BenchTraffic(BenchTraffic.newRunId(), conversations, shoppers.corpus());
            var load = new GatewayLoad(targets.gateway(), traffic, shoppers.tokens());
            load.checkReachable();
            progress.printf("bench: capacity: opening %d conversations …%n", conversations);
            load.openConversations();
            new CapacitySearch(load, plan, progress).run().lines().forEach(out::println);
            return 0;
        } catch (BenchFailure e) {
            spec.commandLine().getErr().println("bench: " + e.getMessage());
            return BenchRunCommand.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            spec.commandLine().getErr().println("bench: interrupted");
            return BenchRunCommand.FAILED;
        }
    }
}
