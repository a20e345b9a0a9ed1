package com.shopmate.cli.stack;

import com.shopmate.cli.Workspace;
import com.shopmate.local.LeftoverComponents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code ./shopmate down}: asks the stack to stop and waits until it is gone, killing it after
 * {@code SHOPMATE_DOWN_TIMEOUT}; then stops whatever a stack that could not stop itself left running.
 */
@Command(name = "down", description = "stop the running stack and wait until it is gone")
public final class DownCommand implements Callable<Integer> {

    static final String TIMEOUT_VARIABLE = "SHOPMATE_DOWN_TIMEOUT";
    static final int DEFAULT_TIMEOUT_SECONDS = 90;
    private static final Duration POLL = Duration.ofMillis(200);

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    private final Workspace workspace;

    public DownCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dataDir = workspace.dataDir();
        Duration timeout = Duration.ofSeconds(workspace.seconds(TIMEOUT_VARIABLE, DEFAULT_TIMEOUT_SECONDS));
        boolean wasRunning = false;
        Optional<RunningStackProcess> stack = RunningStackProcess.of(dataDir);
        if (stack.isPresent()) {
            wasRunning = true;
            out.println("Stopping the stack (pid " + stack.get().pid() + ") ...");
            out.flush();
            stack.get().askToStop();
            long deadline = System.nanoTime() + timeout.toNanos();
            boolean killed = false;
            while (stack.get().isRunning()) {
                if (!killed && System.nanoTime() > deadline) {
                    err.println("The stack did not stop within " + timeout.toSeconds()
                            + " s: killing it, then the servers it left");
                    err.flush();
                    stack.get().kill();
                    killed = true;
                }
                Thread.sleep(POLL.toMillis());
            }
        } else if (LeftoverComponents.recorded(dataDir)) {
            wasRunning = true;
            out.println("The stack is not running, but did not stop what it started ("
                    + LeftoverComponents.componentPidFile(dataDir) + "):");
        }
        // A stack that stopped cleanly has removed its pids file; one that was killed has not.
        if (LeftoverComponents.recorded(dataDir)) {
            out.flush();
            LeftoverComponents.stopAfterStack(dataDir, out::println);
        }
        try {
            Files.deleteIfExists(workspace.stackEnv());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(wasRunning ? "stopped" : "not running");
        return 0;
    }
}
