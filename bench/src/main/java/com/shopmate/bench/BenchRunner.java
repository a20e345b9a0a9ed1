package com.shopmate.bench;

import com.shopmate.bench.e2e.GatewayLoad;
import com.shopmate.bench.kafkaraw.KafkaRoundTrip;
import com.shopmate.bench.load.BenchTraffic;
import com.shopmate.bench.load.OpenLoopSchedule;
import com.shopmate.bench.reco.RecoRoundTrip;
import com.shopmate.bench.shopquery.ShopQueryRoundTrip;
import com.shopmate.bench.stats.LatencySummary;

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
        if (BenchPlan.SHOP_QUERY.equals(plan.bench())) {
            return ShopQueryRoundTrip.run(plan, targets, progress).lines();
        }
        if (BenchPlan.RECO.equals(plan.bench())) {
            return RecoRoundTrip.run(plan, targets, progress).lines();
        }
        return rawThenPlatform(plan, targets, progress).lines();
    }

    private static BenchReport rawThenPlatform(BenchPlan plan, StackTargets targets, PrintStream progress)
            throws InterruptedException {
        var schedule = new OpenLoopSchedule(plan.rate(), plan.warmupSeconds(), plan.durationSeconds());
        var traffic = new BenchTraffic(BenchTraffic.newRunId(), plan.conversations());
        GatewayLoad gateway = plan.throughThePlatform() ? new GatewayLoad(targets.gateway(), traffic) : null;

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
        if (gateway != null) {
            progress.printf("bench: e2e: opening %d conversations …%n", traffic.conversations());
            gateway.openConversations();
            progress.printf("bench: e2e: %d s warm-up + %d s at %d msg/s …%n",
                    plan.warmupSeconds(), plan.durationSeconds(), plan.rate());
            e2eSummary = gateway.run(schedule);
        }
        return new BenchReport(plan, targets, traffic.runId(), partitions, KafkaRoundTrip.settings(),
                rawSummary, e2eSummary);
    }
}
