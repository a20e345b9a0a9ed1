package com.shopmate.cli.deadletters;

import com.shopmate.cli.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code ./shopmate dead-letters list|replay}: the records the services could not read or handle, parked with the
 * reason on the dead-letter topic by the service kit, and putting them back once the cause is fixed.
 */
@Command(name = "dead-letters", synopsisSubcommandLabel = "list|replay",
        description = "inspect and replay the records the services dead-lettered (topic shopmate.dead-letter.v1)")
public final class DeadLettersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    public static CommandLine create(Workspace workspace) {
        return new CommandLine(new DeadLettersCommand())
                .addSubcommand(new DeadLettersListCommand(workspace))
                .addSubcommand(new DeadLettersReplayCommand(workspace));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
