package com.shopmate.bench;

import com.shopmate.bench.e2e.GatewayLoad;
import com.shopmate.bench.kafkaraw.KafkaRoundTrip;
import com.shopmate.bench.load.BenchTraffic;
import com.shopmate.bench.load.OpenLoopSchedule;
import com.shopmate.bench.stats.LatencySummary;

import java.io.PrintStream;
import java.util.Set;

/**
 * {@code java -cp 'bench/target/bench.jar:bench/target/lib/*' com.shopmate.bench.BenchCli <bench> [options]}:
 * load and latency benches against a running stack, which the bench never starts itself.
 */
public final class BenchCli {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    private static final Set<String> HELP = Set.of("help", "--help", "-h");

    static final String USAGE = """
            usage: BenchCli <bench> --rate R --duration S [options]

            benches (against a running stack; the bench starts nothing):
              e2e        message -> reply latency through the platform (gateway -> nlu -> dialogue -> gateway),
                         then, in the same run and at the same rate, a raw Kafka round trip over the same three
                         hops with no processing; prints both and their ratio. Raw runs first, e2e after it.
              kafka-raw  the raw Kafka round trip alone (bench.hop1 -> bench.hop2 -> bench.hop3)
              help       this text

            options:
              --rate R            messages per second, sent open loop by the clock (required)
              --duration S        measured seconds (required)
              --warmup S          seconds sent first and not counted (default 3)
              --conversations N   conversations the messages are spread over (default 50)
              --gateway URL       gateway base URL (default GATEWAY_URL from --stack-env, else http://localhost:8080)
              --kafka HOST:PORT   Kafka bootstrap servers (default KAFKA_BOOTSTRAP_SERVERS from --stack-env,
                                  else localhost:19092)
              --stack-env FILE    KEY=VALUE file written by the local stack; flags override it

            The last line printed is one JSON object with the figures. Exit 0 done, 1 failed, 2 usage.
            """;

    private BenchCli() {
    }

    public static void main(String[] args) {
        // Kafka clients log through slf4j-simple: keep their retries and config dumps out of the report.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        }
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && HELP.contains(args[0])) {
            out.print(USAGE);
            return EXIT_OK;
        }
        BenchArgs parsed;
        StackTargets targets;
        try {
            parsed = BenchArgs.parse(args);
            targets = StackTargets.resolve(parsed);
        } catch (UsageException e) {
            err.println("bench: " + e.getMessage());
            err.println();
            err.print(USAGE);
            return EXIT_USAGE;
        }
        try {
            report(parsed, targets, err).lines().forEach(out::println);
            return EXIT_OK;
        } catch (BenchFailure e) {
            err.println("bench: " + e.getMessage());
            return EXIT_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("bench: interrupted");
            return EXIT_FAILED;
        }
    }

    private static BenchReport report(BenchArgs args, StackTargets targets, PrintStream progress)
            throws InterruptedException {
        boolean e2e = "e2e".equals(args.bench());
        var schedule = new OpenLoopSchedule(args.rate(), args.warmupSeconds(), args.durationSeconds());
        var traffic = new BenchTraffic(BenchTraffic.newRunId(), args.conversations());
        GatewayLoad gateway = e2e ? new GatewayLoad(targets.gateway(), traffic) : null;

        // Check both before measuring anything: a missing gateway should not cost a whole raw run first.
        KafkaRoundTrip.checkReachable(targets.kafka());
        if (gateway != null) {
            gateway.checkReachable();
        }

        var raw = new KafkaRoundTrip(targets.kafka(), traffic, progress);
        int partitions = raw.prepareTopics();
        progress.printf("bench: kafka raw: %d s warm-up + %d s at %d msg/s …%n",
                args.warmupSeconds(), args.durationSeconds(), args.rate());
        LatencySummary rawSummary = raw.run(schedule, partitions);
        LatencySummary e2eSummary = null;
        if (gateway != null) {
            progress.printf("bench: e2e: %d s warm-up + %d s at %d msg/s …%n",
                    args.warmupSeconds(), args.durationSeconds(), args.rate());
            e2eSummary = gateway.run(schedule);
        }
        return new BenchReport(args, targets, traffic.runId(), partitions, KafkaRoundTrip.settings(),
                rawSummary, e2eSummary);
    }
}
