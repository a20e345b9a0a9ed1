package com.shopmate.cli.stack;

import com.shopmate.cli.Workspace;
import com.shopmate.local.StackEnvFile;
import com.shopmate.local.StackOptions;
import com.shopmate.local.StackOptionsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code ./shopmate up}: builds what is out of date, then runs the stack in a JVM of its own, in the foreground
 * (Ctrl-C stops it) or with {@code --detach} in the background until it is ready.
 */
@Command(name = "up", sortOptions = false,
        description = {"build what is out of date, then run Kafka, Redis, PostgreSQL and every service; Ctrl-C stops it all.",
                "--detach runs it in the background (log .shopmate/logs/stack.log) and returns once it is ready;",
                "--no-build runs what is built."})
public final class UpCommand implements Callable<Integer> {

    static final String TIMEOUT_VARIABLE = "SHOPMATE_UP_TIMEOUT";
    static final int DEFAULT_TIMEOUT_SECONDS = 300;

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--detach"},
            description = "run in the background (log in <data-dir>/logs/stack.log) and return once it is ready,"
                    + " or fail after SHOPMATE_UP_TIMEOUT seconds (default " + DEFAULT_TIMEOUT_SECONDS + ")")
    boolean detach;

    @Option(names = "--no-build", description = "run what is built, even if it is out of date")
    boolean noBuild;

    @Mixin
    StackOptionsMixin stackOptions;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    private final Workspace workspace;

    public UpCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    static Path stackLog(Path dataDir) {
        return dataDir.resolve("logs/stack.log");
    }

    /** The options the stack would run with; parses nothing beyond what picocli has. */
    StackOptions stackOptions() {
        return stackOptions.toStackOptions(workspace, spec.commandLine());
    }

    @Override
    public Integer call() throws InterruptedException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        StackOptions options = stackOptions();
        Path dataDir = options.dataDir();
        Optional<RunningStackProcess> running = RunningStackProcess.of(dataDir);
        if (running.isPresent()) {
            out.println("The stack already runs (pid " + running.get().pid() + "); ./shopmate down stops it.");
            Path stackEnv = options.stackEnvFile();
            if (Files.isRegularFile(stackEnv)) {
                StackUrls.lines(stackEnv, dataDir).forEach(out::println);
            }
            return 0;
        }
        if (!noBuild && !StackBuild.ifNeeded(options.repoRoot(), out)) {
            spec.commandLine().getErr().println("shopmate: the build failed (above); fix it, or run what is already"
                    + " built with ./shopmate up --no-build");
            return 1;
        }
        Files.createDirectories(options.logsDir());
        // Removed before the start: the stack.env that appears is this stack's ready marker.
        Files.deleteIfExists(options.stackEnvFile());
        List<String> command = StackLaunch.command(workspace, options, StackOptionsFile.write(options));
        StackSupervisorRun run = new StackSupervisorRun(command, workspace, out, spec.commandLine().getErr());
        return detach
                ? run.detached(options, stackLog(dataDir), workspace.seconds(TIMEOUT_VARIABLE, DEFAULT_TIMEOUT_SECONDS))
                : run.inForeground();
    }

    static String stackPidOf(Path stackEnv) {
        return StackEnvFile.read(stackEnv).getOrDefault("STACK_PID", "?");
    }
}
