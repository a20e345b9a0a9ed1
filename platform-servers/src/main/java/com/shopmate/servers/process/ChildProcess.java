package com.shopmate.servers.process;

import com.shopmate.servers.ServerException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A server run as a process of its own, with stdout and stderr appended to one log file, and a stop that asks first
 * ({@code SIGTERM}) and insists ({@code SIGKILL}) after a grace period — its descendants included, so nothing outlives
 * whoever started it.
 */
public final class ChildProcess {

    public static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final int BUSY_BINARY_ATTEMPTS = 10;
    private static final long BUSY_BINARY_PAUSE_MS = 50;

    private final Process process;
    private final Path logFile;

    private ChildProcess(Process process, Path logFile) {
        this.process = process;
        this.logFile = logFile;
    }

    /** Starts a process whose stdout and stderr go to {@code logFile}, emptied first. */
    public static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workingDir,
                                     Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        return start(name, builder, env, workingDir, logFile);
    }

    /**
     * Starts a process that writes {@code logFile} itself and prints only what deserves attention: each line of its
     * stdout and stderr goes to {@code console}.
     */
    public static ChildProcess startEchoing(String name, List<String> command, Map<String, String> env,
                                            Path workingDir, Path logFile, Consumer<String> console) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        ChildProcess child = start(name, builder, env, workingDir, logFile);
        Thread echo = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    console.accept(line);
                }
            } catch (IOException e) {
                // the process is gone
            }
        }, name + "-output");
        echo.setDaemon(true);
        echo.start();
        return child;
    }

    private static ChildProcess start(String name, ProcessBuilder builder, Map<String, String> env, Path workingDir,
                                      Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            builder.directory(workingDir.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().putAll(env);
            return new ChildProcess(startRetryingBusyBinary(builder), logFile);
        } catch (IOException e) {
            throw new ServerException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * A binary just written (Redis's, unpacked from its jar) can be "busy" for a moment: a child another thread forks
     * meanwhile inherits the writing descriptor until it execs. The exec succeeds once that child has.
     */
    private static Process startRetryingBusyBinary(ProcessBuilder builder) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return builder.start();
            } catch (IOException e) {
                if (attempt >= BUSY_BINARY_ATTEMPTS || e.getMessage() == null
                        || !e.getMessage().contains("Text file busy")) {
                    throw e;
                }
                try {
                    Thread.sleep(BUSY_BINARY_PAUSE_MS * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** The {@code java} this JVM runs on, so children need no {@code PATH} or {@code JAVA_HOME}. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int exitValue() {
        return process.exitValue();
    }

    public Process process() {
        return process;
    }

    public Path logFile() {
        return logFile;
    }

    /** Stops the process and its descendants; returns once they are gone. */
    public void stop() {
        stop(process.toHandle(), STOP_GRACE);
    }

    public static void stop(ProcessHandle handle, Duration grace) {
        stop(List.of(handle), grace);
    }

    /** Asks them all (descendants included) at once, so that one grace period covers them all. */
    public static void stop(List<ProcessHandle> handles, Duration grace) {
        List<ProcessHandle> tree = handles.stream()
                .flatMap(handle -> Stream.concat(Stream.of(handle), handle.descendants()))
                .toList();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle member : tree) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    member.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            } catch (Exception e) {
                // timed out (or interrupted): the forcible stop below deals with it
            }
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(member -> {
            member.destroyForcibly();
            member.onExit().join();
        });
    }

    /** The last lines of the log, for a failure message. */
    public String logTail(int lines) {
        return tail(logFile, lines);
    }

    public static String tail(Path file, int lines) {
        if (!Files.exists(file)) {
            return "(no log at " + file + ")";
        }
        Deque<String> last = new ArrayDeque<>();
        try (Stream<String> all = Files.lines(file, StandardCharsets.UTF_8)) {
            all.forEach(line -> {
                last.addLast(line);
                if (last.size() > lines) {
                    last.removeFirst();
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
        return String.join(System.lineSeparator(), last);
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
