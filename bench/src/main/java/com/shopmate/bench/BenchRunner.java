package com.shopmate.bench;

import com.shopmate.bench.e2e.E2eShoppers;
import com.shopmate.bench.e2e.GatewayLoad;
import com.shopmate.bench.kafkaraw.KafkaRoundTrip;
import com.shopmate.bench.load.BenchTraffic;
import com.shopmate.bench.load.OpenLoopSchedule;
import com.shopmate.bench.reco.RecoRoundTrip;
import com.shopmate.bench.shopquery.ShopQueryRoundTrip;
import com.shopmate.bench.stats.LatencySummary;
import com.shopmate.bench.usage.StackProcesses;
import com.shopmate.bench.usage.UsageReport;
import com.shopmate.bench.usage.UsageSampler;

import java.io.PrintStream;
import java.util.List;

/**
 * Runs a {@link BenchPlan} against a running stack, which the bench never starts itself: the raw Kafka round trip,
 * then (for e2e) the platform at the same rate; or the shop query round trip through order-connector; or the
 * recommendation round trip through recommendation-service. Progress goes to {@code progress}; the figures are the
 * report.
 */
public final class BenchRunner {

    private BenchRunner() {
    }

    /**
     * @return the report's lines, the last one JSON
     * @throws BenchFailure when a server cannot be reached or the run cannot go on; the message says what to do
     */
    public static List<String> run(BenchPlan plan, StackTargets targets, PrintStream progress)
            throws InterruptedException {
        return run(plan, targets, null, progress);
    }

    /** @param shoppers the e2e run's corpus and customers; null: a few fixed texts from anonymous shoppers */
    public static List<String> run(BenchPlan plan, StackTargets targets, E2eShoppers shoppers, PrintStream progress)
            throws InterruptedException {
        if (BenchPlan.SHOP_QUERY.equals(plan.bench())) {
            return ShopQueryRoundTrip.run(plan, targets, progress).lines();
        }
        if (BenchPlan.RECO.equals(plan.bench())) {
            return RecoRoundTrip.run(plan, targets, progress).lines();
        }
        return rawThenPlatform(plan, targets, shoppers, progress).lines();
    }

    private static BenchReport rawThenPlatform(BenchPlan plan, StackTargets targets, E2eShoppers shoppers,
                                               PrintStream progress) throws InterruptedException {
        var schedule = new OpenLoopSchedule(plan.rate(), plan.warmupSeconds(), plan.durationSeconds());
        var traffic = new BenchTraffic(BenchTraffic.newRunId(), plan.conversations(),
                shoppers == null ? null : shoppers.corpus());
        GatewayLoad gateway = !plan.throughThePlatform() ? null
                : shoppers == null ? new GatewayLoad(targets.gateway(), traffic)
                : new GatewayLoad(targets.gateway(), traffic, shoppers.tokens());

        // Check both before measuring anything: a missing gateway should not cost a whole raw run first.
        KafkaRoundTrip.checkReachable(targets.kafka());
        if (gateway != null) {
            gateway.checkReachable();
        }

        var raw = new KafkaRoundTrip(targets.kafka(), traffic, progress);
        int partitions = raw.prepareTopics();
        progress.printf("bench: kafka raw: %d s warm-up + %d s at %d msg/s …%n",
                plan.warmupSeconds(), plan.durationSeconds(), plan.rate());
        LatencySummary rawSummary = raw.run(schedule, partitions);
        LatencySummary e2eSummary = null;
        UsageReport usage = null;
        if (gateway != null) {
            progress.printf("bench: e2e: opening %d conversations …%n", traffic.conversations());
            gateway.openConversations();
            progress.printf("bench: e2e: %d s warm-up + %d s at %d msg/s …%n",
                    plan.warmupSeconds(), plan.durationSeconds(), plan.rate());
            try (UsageSampler sampler = usageSampler(shoppers, progress)) {
                if (sampler != null) {
                    sampler.start();
                }
                e2eSummary = gateway.run(schedule);
                usage = sampler == null ? null : sampler.stop(schedule.totalCount());
            }
        }
        return new BenchReport(plan, targets, traffic.runId(), partitions, KafkaRoundTrip.settings(),
                rawSummary, e2eSummary, usage);
    }

    /** Null when the stack's processes are unknown (no pids file: a stack the bench did not find) or unreadable. */
    private static UsageSampler usageSampler(E2eShoppers shoppers, PrintStream progress) {
        var pids = StackProcesses.read(shoppers == null ? null : shoppers.stackPids());
        if (pids.isEmpty() || !UsageSampler.supported()) {
            progress.println("bench: no stack pids file (or no /proc): CPU and memory per component not measured");
            return null;
        }
        return new UsageSampler(pids);
    }
}
