package com.shopmate.cli.bench;

import com.shopmate.bench.BenchFailure;
import com.shopmate.bench.BenchPlan;
import com.shopmate.bench.BenchRunner;
import com.shopmate.bench.StackTargets;
import com.shopmate.bench.e2e.E2eShoppers;
import com.shopmate.bench.usage.StackProcesses;
import com.shopmate.cli.Workspace;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import static java.nio.charset.StandardCharsets.UTF_8;

/** The options every bench takes, and the run: progress on stderr, the report (last line JSON) on stdout. */
abstract class BenchRunCommand implements Callable<Integer> {

    static final int FAILED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--rate", paramLabel = "R", required = true,
            description = "messages per second, sent open loop by the clock (required)")
    int rate;

    @Option(names = "--duration", paramLabel = "S", required = true, description = "measured seconds (required)")
    int durationSeconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "" + BenchPlan.DEFAULT_WARMUP_SECONDS,
            description = "seconds sent first and not counted (default ${DEFAULT-VALUE})")
    int warmupSeconds;

    @Option(names = "--conversations", paramLabel = "N", defaultValue = "" + BenchPlan.DEFAULT_CONVERSATIONS,
            description = "conversations the messages are spread over (default ${DEFAULT-VALUE})")
    int conversations;

    @Option(names = "--gateway", paramLabel = "URL", converter = GatewayUrl.class,
            description = "gateway base URL (default GATEWAY_URL from --stack-env, else " + StackTargets.DEFAULT_GATEWAY + ")")
    URI gateway;

    @Option(names = "--kafka", paramLabel = "HOST:PORT", converter = KafkaBootstrap.class,
            description = "Kafka bootstrap servers (default KAFKA_BOOTSTRAP_SERVERS from --stack-env, else "
                    + StackTargets.DEFAULT_KAFKA + ")")
    String kafka;

    @Option(names = "--stack-env", paramLabel = "FILE",
            description = "KEY=VALUE file written by the local stack; flags override it (default <data-dir>/stack.env)")
    Path stackEnv;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    final Workspace workspace;
    private final String bench;

    BenchRunCommand(Workspace workspace, String bench) {
        this.workspace = workspace;
        this.bench = bench;
    }

    BenchPlan plan() {
        try {
            return new BenchPlan(bench, rate, durationSeconds, warmupSeconds, conversations);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    StackTargets targets() {
        try {
            return StackTargets.resolve(gateway, kafka, stackEnv != null ? stackEnv : workspace.stackEnv());
        } catch (IllegalArgumentException e) {
            // an address in the stack's env file that is not one
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public Integer call() {
        BenchPlan plan = plan();
        StackTargets targets = targets();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            var progress = new PrintStream(System.err, true, UTF_8);
            BenchRunner.run(plan, targets, shoppers(progress), progress).forEach(out::println);
            return 0;
        } catch (BenchFailure e) {
            err.println("bench: " + e.getMessage());
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("bench: interrupted");
            return FAILED;
        }
    }

    /** Who writes in the run; null for the benches that send their own fixed mix. */
    E2eShoppers shoppers(PrintStream progress) {
        return null;
    }

    /** The stack's {@code pids} file, beside its {@code stack.env}. */
    Path stackPids() {
        Path env = stackEnv != null ? stackEnv : workspace.stackEnv();
        return env.resolveSibling(StackProcesses.FILE_NAME);
    }

    static final class GatewayUrl implements ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            try {
                return StackTargets.gatewayUrl(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class KafkaBootstrap implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return StackTargets.bootstrap(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
