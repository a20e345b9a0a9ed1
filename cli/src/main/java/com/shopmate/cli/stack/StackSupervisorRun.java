package com.shopmate.cli.stack;

import com.shopmate.cli.Workspace;
import com.shopmate.local.StackOptions;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Runs the stack's JVM for {@code up}: in the foreground until it stops, or detached until it is ready. */
final class StackSupervisorRun {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final int LOG_TAIL_LINES = 30;
    /** How a JVM that was asked to stop (SIGTERM, SIGINT) exits: the normal end of a foreground stack. */
    private static final List<Integer> STOPPED_BY_SIGNAL = List.of(143, 130);

    private final List<String> command;
    private final Workspace workspace;
    private final PrintWriter out;
    private final PrintWriter err;

    StackSupervisorRun(List<String> command, Workspace workspace, PrintWriter out, PrintWriter err) {
        this.command = command;
        this.workspace = workspace;
        this.out = out;
        this.err = err;
    }

    /** Until the stack stops: by itself, by {@code ./shopmate down}, or by Ctrl-C here (passed on as SIGTERM). */
    int inForeground() throws IOException, InterruptedException {
        out.flush();
        Process stack = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        stack.getOutputStream().close();
        Thread stopStack = new Thread(() -> {
            if (!stack.isAlive()) {
                return;
            }
            stack.destroy();
            // The JVM would exit 130 on Ctrl-C: wait for the stack's orderly stop, and end as it ended.
            try {
                Runtime.getRuntime().halt(exitCode(stack.waitFor()));
            } catch (InterruptedException e) {
                Runtime.getRuntime().halt(1);
            }
        }, "stop-stack");
        Runtime.getRuntime().addShutdownHook(stopStack);
        int status = stack.waitFor();
        return exitCode(status);
    }

    /** Starts it in the background and returns once its {@code stack.env} appears: 0 ready, 1 failed or timed out. */
    int detached(StackOptions options, Path log, long timeoutSeconds) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process stack = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        stack.getOutputStream().close();
        out.println("Starting the stack in the background (log " + workspace.shown(log) + ") ...");
        out.flush();
        Path stackEnv = options.stackEnvFile();
        while (!Files.isRegularFile(stackEnv)) {
            if (!stack.isAlive() && RunningStackProcess.of(options.dataDir()).isEmpty()) {
                err.println("The stack did not start; " + workspace.shown(log) + " ends with:");
                tail(log).forEach(err::println);
                return 1;
            }
            if (System.nanoTime() - started > Duration.ofSeconds(timeoutSeconds).toNanos()) {
                err.println("The stack was not ready within " + timeoutSeconds + " s; stopping it. "
                        + workspace.shown(log) + " ends with:");
                tail(log).forEach(err::println);
                stack.destroy();
                return 1;
            }
            Thread.sleep(POLL.toMillis());
        }
        lines(log).stream().filter(line -> line.startsWith("WARNING")).forEach(out::println);
        out.println("Shopmate local stack is up (pid " + UpCommand.stackPidOf(stackEnv) + ", ready in "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s)");
        StackUrls.lines(stackEnv, options.dataDir()).forEach(out::println);
        out.println("Stop it with ./shopmate down.");
        return 0;
    }

    static int exitCode(int status) {
        return STOPPED_BY_SIGNAL.contains(status) ? 0 : status;
    }

    private static List<String> tail(Path log) {
        List<String> lines = lines(log);
        return lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
    }

    private static List<String> lines(Path log) {
        try {
            // The log is what the stack wrote; a broken character must not hide the rest of it.
            return List.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\\R"));
        } catch (IOException e) {
            return List.of();
        }
    }
}
