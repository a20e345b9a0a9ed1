package com.shopmate.bench.shopquery;

import com.shopmate.bench.BenchPlan;
import com.shopmate.bench.StackTargets;
import com.shopmate.bench.kafkaraw.KafkaRoundTrip;
import com.shopmate.bench.kafkaraw.KafkaSettings;
import com.shopmate.bench.load.BenchTraffic;
import com.shopmate.bench.load.OpenLoopSchedule;
import com.shopmate.bench.roundtrip.EventRoundTrip;
import com.shopmate.bench.roundtrip.RoundTripRoute;
import com.shopmate.events.ShopQueryAnswered;
import com.shopmate.events.ShopQueryRequested;
import com.shopmate.events.Topics;

import java.io.PrintStream;

/**
 * A shop query's round trip through Kafka, as dialogue-service makes it: the bench publishes
 * {@code ShopQueryRequested} events on {@code shop.query-requested.v1}, keyed by conversation, open loop at a fixed
 * rate; order-connector answers each from the shop's PostgreSQL with a {@code ShopQueryAnswered} on
 * {@code shop.query-answered.v1}; the bench's consumer matches the answers by {@code queryId}. Latency runs from a
 * query's scheduled send time to its answer's arrival.
 */
public final class ShopQueryRoundTrip {

    static final RoundTripRoute<ShopQueryRequested, ShopQueryAnswered> ROUTE = new RoundTripRoute<>(
            "order-connector", Topics.SHOP_QUERIES, Topics.SHOP_ANSWERS, ShopQueryAnswered.class,
            ShopQueryMix::query, ShopQueryRequested::queryId, ShopQueryAnswered::queryId, answer -> null);

    private ShopQueryRoundTrip() {
    }

    /** @throws com.shopmate.bench.BenchFailure when Kafka, the shop topics or order-connector are not there */
    public static ShopQueryReport run(BenchPlan plan, StackTargets targets, PrintStream progress)
            throws InterruptedException {
        var traffic = new BenchTraffic(BenchTraffic.newRunId(), plan.conversations());
        KafkaRoundTrip.checkReachable(targets.kafka());
        var roundTrip = new EventRoundTrip<>(targets.kafka(), traffic, ROUTE);
        int partitions = roundTrip.answerPartitions();
        var matcher = new AnswerMatcher();
        progress.printf("bench: shop-query: %d s warm-up + %d s at %d queries/s …%n",
                plan.warmupSeconds(), plan.durationSeconds(), plan.rate());
        roundTrip.run(new OpenLoopSchedule(plan.rate(), plan.warmupSeconds(), plan.durationSeconds()), partitions,
                matcher);
        return new ShopQueryReport(plan, targets, traffic.runId(), partitions, KafkaSettings.DESCRIPTION,
                matcher.summary(), matcher.summaryByKind(), matcher.unreadableCount());
    }
}
