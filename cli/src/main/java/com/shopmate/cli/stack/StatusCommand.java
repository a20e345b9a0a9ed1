package com.shopmate.cli.stack;

import com.shopmate.cli.Workspace;
import com.shopmate.local.LeftoverComponents;
import com.shopmate.local.StackEnvFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code ./shopmate status}: whether the stack of the data directory runs, and its URLs. */
@Command(name = "status", description = "whether the stack runs, and its URLs",
        footer = "Exit 0 when it runs or is starting, 3 when it does not.")
public final class StatusCommand implements Callable<Integer> {

    /** As an LSB init script's status: the program is not running. */
    static final int NOT_RUNNING = 3;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    private final Workspace workspace;

    public StatusCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path dataDir = workspace.dataDir();
        Optional<RunningStackProcess> stack = RunningStackProcess.of(dataDir);
        if (stack.isEmpty()) {
            out.println("not running");
            if (LeftoverComponents.recorded(dataDir)) {
                out.println("  a stack that was killed may have left servers running: ./shopmate down stops them");
            }
            return NOT_RUNNING;
        }
        long pid = stack.get().pid();
        Path stackEnv = workspace.stackEnv();
        // stack.env is written once everything is ready, by the stack that runs now or by an earlier one.
        if (!Files.isRegularFile(stackEnv) || !Long.toString(pid).equals(StackEnvFile.read(stackEnv).get("STACK_PID"))) {
            out.println("starting (pid " + pid + "); log " + workspace.shown(UpCommand.stackLog(dataDir)));
            return 0;
        }
        out.println("Shopmate local stack is up (pid " + pid + ")");
        StackUrls.lines(stackEnv, dataDir).forEach(out::println);
        return 0;
    }
}
