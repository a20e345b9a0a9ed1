package com.shopmate.bench.reco;

import com.shopmate.bench.BenchPlan;
import com.shopmate.bench.StackTargets;
import com.shopmate.bench.kafkaraw.KafkaRoundTrip;
import com.shopmate.bench.kafkaraw.KafkaSettings;
import com.shopmate.bench.load.BenchTraffic;
import com.shopmate.bench.load.OpenLoopSchedule;
import com.shopmate.bench.roundtrip.EventRoundTrip;
import com.shopmate.bench.roundtrip.RoundTripRoute;
import com.shopmate.events.RecommendationRequested;
import com.shopmate.events.RecommendationsReady;
import com.shopmate.events.Topics;

import java.io.PrintStream;

/**
 * A request for suggestions' round trip through Kafka, as dialogue-service makes it when a shopper asks: the bench
 * publishes {@code RecommendationRequested} events on {@code reco.recommendation-requested.v1}, keyed by
 * conversation, open loop at a fixed rate; recommendation-service ranks the catalogue it read from the shop API for
 * each and answers with a {@code RecommendationsReady} on {@code reco.recommendations-ready.v1}; the bench's consumer
 * matches the answers by {@code requestId}. Latency runs from a request's scheduled send time to its answer's arrival.
 */
public final class RecoRoundTrip {

    static final RoundTripRoute<RecommendationRequested, RecommendationsReady> ROUTE = new RoundTripRoute<>(
            "recommendation-service", Topics.RECOMMENDATION_REQUESTS, Topics.RECOMMENDATIONS,
            RecommendationsReady.class, RecoMix::request, RecommendationRequested::requestId,
            RecommendationsReady::requestId, RecoRoundTrip::notReady);

    private RecoRoundTrip() {
    }

    /** @throws com.shopmate.bench.BenchFailure when Kafka, the reco topics or recommendation-service are not there */
    public static RecoReport run(BenchPlan plan, StackTargets targets, PrintStream progress)
            throws InterruptedException {
        var traffic = new BenchTraffic(BenchTraffic.newRunId(), plan.conversations());
        KafkaRoundTrip.checkReachable(targets.kafka());
        var roundTrip = new EventRoundTrip<>(targets.kafka(), traffic, ROUTE);
        int partitions = roundTrip.answerPartitions();
        var matcher = new AnswerMatcher();
        progress.printf("bench: reco: %d s warm-up + %d s at %d requests/s …%n",
                plan.warmupSeconds(), plan.durationSeconds(), plan.rate());
        roundTrip.run(new OpenLoopSchedule(plan.rate(), plan.warmupSeconds(), plan.durationSeconds()), partitions,
                matcher);
        return new RecoReport(plan, targets, traffic.runId(), partitions, KafkaSettings.DESCRIPTION,
                matcher.figures(), matcher.figuresByKind(), matcher.unreadableCount());
    }

    // Right after a start the service has no catalogue yet: measuring then would time its refusals.
    static String notReady(RecommendationsReady answer) {
        return RecommendationsReady.UNAVAILABLE.equals(answer.outcome())
                ? "it answers 'unavailable', having read no catalogue from the shop API yet: is order-connector up"
                + " (./shopmate status)?"
                : null;
    }
}
