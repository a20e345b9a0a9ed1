package com.shopmate.cli.bench;

import com.shopmate.bench.BenchPlan;
import com.shopmate.cli.Workspace;
import picocli.CommandLine.Command;

@Command(name = BenchPlan.E2E, sortOptions = false,
        description = {"message -> reply latency through the platform (gateway -> nlu -> dialogue -> gateway), then,",
                "in the same run and at the same rate, a raw Kafka round trip over the same three hops with no",
                "processing; prints both and their ratio. Raw runs first, e2e after it."},
        footer = {"", "The last line printed is one JSON object with the figures. Exit 0 done, 1 failed, 2 usage."})
final class E2eBenchCommand extends BenchRunCommand {

    E2eBenchCommand(Workspace workspace) {
        super(workspace, BenchPlan.E2E);
    }
}
