package com.shopmate.cli.bench;

import com.shopmate.bench.BenchPlan;
import com.shopmate.cli.Workspace;
import picocli.CommandLine.Command;

@Command(name = BenchPlan.RECO, sortOptions = false,
        description = {"recommendation request -> answer latency through Kafka and recommendation-service",
                "RecommendationRequested on reco.recommendation-requested.v1, answered with RecommendationsReady on",
                "reco.recommendations-ready.v1, matched by requestId. A fixed, seeded mix of asked-for suggestions",
                "(category, budget, feature, gift, similar, for_me) across the demo shop's categories: ok and none",
                "are answers; any other outcome, or no answer (lost), is a failure. --rate is requests per second."},
        footer = {"", "The last line printed is one JSON object with the figures. Exit 0 done, 1 failed, 2 usage."})
final class RecoBenchCommand extends BenchRunCommand {

    RecoBenchCommand(Workspace workspace) {
        super(workspace, BenchPlan.RECO);
    }
}
