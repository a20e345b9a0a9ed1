package com.shopmate.cli.bench;

import com.shopmate.bench.BenchFailure;
import com.shopmate.bench.StackTargets;
import com.shopmate.bench.chaos.CancellationTarget;
import com.shopmate.bench.chaos.ChaosPlan;
import com.shopmate.bench.chaos.ChaosRun;
import com.shopmate.bench.chaos.ComponentHealthCheck;
import com.shopmate.bench.chaos.FaultSchedule;
import com.shopmate.bench.chaos.ShopOrders;
import com.shopmate.bench.e2e.E2eShoppers;
import com.shopmate.bench.e2e.GatewayLoad;
import com.shopmate.bench.load.BenchTraffic;
import com.shopmate.bench.usage.StackProcesses;
import com.shopmate.cli.Workspace;
import com.shopmate.local.AdminTokenFile;
import com.shopmate.local.StackEnvFile;
import com.shopmate.local.StackHealth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static java.nio.charset.StandardCharsets.UTF_8;

/** {@code ./shopmate bench chaos}: a steady load while every component of the local stack is killed in turn. */
@Command(name = ChaosBenchCommand.NAME, sortOptions = false,
        description = {"faults under load: sends --rate msg/s for --duration s (the e2e bench's shoppers and texts,",
                "plus conversations that cancel an order) while it kills -9 each service, the Kafka broker and Redis",
                "of the LOCAL stack in turn, waiting for each to be healthy again; then counts per accepted message",
                "the replies (once, lost, duplicated), the refused sends, the longest delay, and whether each",
                "cancellation happened exactly once."},
        footer = {"", "The last line printed is one JSON object with the figures. Exit 0 done, 1 failed, 2 usage."})
final class ChaosBenchCommand implements Callable<Integer> {

    static final String NAME = "chaos";

    @Spec
    CommandSpec spec;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "" + ChaosPlan.DEFAULT_RATE,
            description = "messages per second, open loop (default ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--duration", paramLabel = "S", defaultValue = "" + ChaosPlan.DEFAULT_DURATION_SECONDS,
            description = "seconds of load, the faults spread over it (default ${DEFAULT-VALUE})")
    int durationSeconds;

    @Option(names = "--drain", paramLabel = "S", defaultValue = "" + ChaosPlan.DEFAULT_DRAIN_SECONDS,
            description = "after the load and the last recovery, at most this long for the last replies (default"
                    + " ${DEFAULT-VALUE})")
    int drainSeconds;

    @Option(names = "--conversations", paramLabel = "N", defaultValue = "" + ChaosPlan.DEFAULT_CONVERSATIONS,
            description = "conversations the load is spread over (default ${DEFAULT-VALUE})")
    int conversations;

    @Option(names = "--cancellations", paramLabel = "N", defaultValue = "" + ChaosPlan.DEFAULT_CANCELLATIONS,
            description = "conversations that cancel a paid demo-shop order (default ${DEFAULT-VALUE})")
    int cancellations;

    @Option(names = "--components", paramLabel = "LIST", split = ",",
            description = "what to kill, in order (default all: ${DEFAULT-VALUE})")
    List<String> components = FaultSchedule.COMPONENTS;

    @Option(names = "--settle", paramLabel = "S", defaultValue = "" + ChaosPlan.DEFAULT_SETTLE_SECONDS,
            description = "a fault waits until the previous component has been back this long (default"
                    + " ${DEFAULT-VALUE})")
    int settleSeconds;

    @Option(names = "--recovery-timeout", paramLabel = "S", defaultValue = "" + ChaosPlan.DEFAULT_RECOVERY_SECONDS,
            description = "how long to wait for a killed component (default ${DEFAULT-VALUE})")
    int recoverySeconds;

    @Option(names = "--give-up", paramLabel = "S", defaultValue = "" + ChaosPlan.DEFAULT_GIVE_UP_SECONDS,
            description = "a refused message is re-sent with its messageId for this long (default ${DEFAULT-VALUE})")
    int giveUpSeconds;

    @Option(names = "--stack-env", paramLabel = "FILE",
            description = "the local stack's env file; its pids file beside it (default <data-dir>/stack.env)")
    Path stackEnv;

    @Option(names = "--datasets", paramLabel = "DIR",
            description = "data sets whose training texts are sent too (default ../shared/datasets beside the checkout)")
    Path datasets;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    private final Workspace workspace;

    ChaosBenchCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Below errors, Kafka's client logs go unprinted (slf4j-simple reads this when the client makes its loggers). */
    private static final String KAFKA_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.apache.kafka";

    @Override
    public Integer call() {
        // Killing the broker is the point of this bench: the reader's reconnect warnings would bury the progress.
        System.setProperty(KAFKA_LOG_LEVEL, "error");
        Path env = stackEnv != null ? stackEnv : workspace.stackEnv();
        Path dataDir = env.toAbsolutePath().getParent();
        ChaosPlan plan;
        StackTargets targets;
        try {
            plan = new ChaosPlan(rate, durationSeconds, drainSeconds, conversations, cancellations, settleSeconds,
                    recoverySeconds, giveUpSeconds, components);
            targets = StackTargets.resolve(null, null, env);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintStream progress = new PrintStream(System.err, true, UTF_8);
        try {
            Path pids = dataDir.resolve(StackProcesses.FILE_NAME);
            Map<String, Long> running = StackProcesses.read(pids);
            if (!Files.isRegularFile(env) || running.isEmpty()) {
                throw new BenchFailure("no local stack at " + dataDir + " (no stack.env or pids file): the chaos bench"
                        + " kills the local stack's processes; start it with ./shopmate up --detach");
            }
            List<String> present = plan.components().stream().filter(running::containsKey).toList();
            if (present.size() < plan.components().size()) {
                progress.printf("bench: chaos: not running, not killed: %s%n", plan.components().stream()
                        .filter(c -> !running.containsKey(c)).toList());
                plan = new ChaosPlan(rate, durationSeconds, drainSeconds, conversations, cancellations, settleSeconds,
                        recoverySeconds, giveUpSeconds, present);
            }
            E2eShoppers shoppers = E2eBenchCommand.shoppers(workspace, datasets, pids, progress);
            var traffic = new BenchTraffic(BenchTraffic.newRunId(), conversations, shoppers.corpus());
            var load = new GatewayLoad(targets.gateway(), traffic, shoppers.tokens());
            load.checkReachable();
            progress.printf("bench: chaos: opening %d conversations …%n", conversations);
            load.openConversations();
            var stack = new ChaosRun.Stack(targets.gateway(), targets.kafka(), pids, health(dataDir),
                    shop(env, dataDir));
            var run = new ChaosRun(plan, stack, traffic, load, shoppers.tokens(),
                    cancellationTargets(traffic, plan.cancellations()), progress);
            run.run().lines().forEach(out::println);
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

    /** Healthy as {@code ./shopmate status} says: the recorded process runs and answers. */
    private static ComponentHealthCheck health(Path dataDir) {
        return component -> StackHealth.check(dataDir).stream()
                .anyMatch(c -> c.name().equals(component) && c.healthy());
    }

    private static ShopOrders shop(Path env, Path dataDir) {
        String orderConnector = StackEnvFile.read(env).get("ORDER_CONNECTOR_URL");
        if (orderConnector == null) {
            throw new BenchFailure("the stack runs no order-connector: the cancellations cannot be checked");
        }
        try {
            String token = Files.readString(dataDir.resolve(AdminTokenFile.FILE_NAME), UTF_8).strip();
            return new ShopOrders(HttpClient.newHttpClient(), URI.create(orderConnector), token);
        } catch (IOException e) {
            throw new BenchFailure("cannot read the stack's admin token: " + e.getMessage(), e);
        }
    }

    /** Paid orders of customers the load's conversations are not logged in as. */
    private List<CancellationTarget> cancellationTargets(BenchTraffic traffic, int count) {
        Set<String> busy = new HashSet<>();
        for (int i = 0; i < traffic.conversations(); i++) {
            String customer = traffic.customerOf(i);
            if (customer != null) {
                busy.add(customer);
            }
        }
        return CancellationTarget.pick(workspace.repoRoot()
                .resolve("order-connector/src/main/resources/demo-shop/orders.jsonl"), busy, count);
    }
}
