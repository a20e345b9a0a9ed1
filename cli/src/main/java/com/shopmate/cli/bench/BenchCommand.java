package com.shopmate.cli.bench;

import com.shopmate.bench.BenchPlan;
import com.shopmate.cli.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code ./shopmate bench <bench>}: the bench module's benches, against a running stack it never starts. */
@Command(name = "bench", synopsisSubcommandLabel = "BENCH",
        description = "load and latency benches against the running stack (the bench starts nothing)",
        footer = {"", "The last line a bench prints is one JSON object with the figures. Exit 0 done, 1 failed, 2 usage.",
                "Each bench's options: ./shopmate bench BENCH --help"})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    public static CommandLine create(Workspace workspace) {
        return new CommandLine(new BenchCommand())
                .addSubcommand(BenchPlan.E2E, new E2eBenchCommand(workspace))
                .addSubcommand(BenchPlan.KAFKA_RAW, new KafkaRawBenchCommand(workspace))
                .addSubcommand(BenchPlan.SHOP_QUERY, new ShopQueryBenchCommand(workspace))
                .addSubcommand(BenchPlan.RECO, new RecoBenchCommand(workspace))
                .addSubcommand(CapacityBenchCommand.NAME, new CapacityBenchCommand(workspace))
                .addSubcommand(ChaosBenchCommand.NAME, new ChaosBenchCommand(workspace))
                .addSubcommand(new HelpCommand());
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "no bench given");
    }
}
