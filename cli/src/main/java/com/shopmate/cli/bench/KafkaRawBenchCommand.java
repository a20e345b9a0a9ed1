package com.shopmate.cli.bench;

import com.shopmate.bench.BenchPlan;
import com.shopmate.cli.Workspace;
import picocli.CommandLine.Command;

@Command(name = BenchPlan.KAFKA_RAW, sortOptions = false,
        description = "the raw Kafka round trip alone (bench.hop1 -> bench.hop2 -> bench.hop3)",
        footer = {"", "The last line printed is one JSON object with the figures. Exit 0 done, 1 failed, 2 usage."})
final class KafkaRawBenchCommand extends BenchRunCommand {

    KafkaRawBenchCommand(Workspace workspace) {
        super(workspace, BenchPlan.KAFKA_RAW);
    }
}
