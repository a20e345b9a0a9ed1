package com.shopmate.bench.chaos;

import com.shopmate.bench.usage.StackProcesses;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Kills each planned component with SIGKILL ({@code kill -9}: no shutdown hook, no flush, no goodbye to Kafka) and
 * waits until the stack's supervisor has started a new process of it and that one is healthy. The pid is read from
 * the stack's {@code pids} file just before the kill, since every restart writes a new one there.
 */
public final class FaultInjector {

    private static final Duration POLL = Duration.ofMillis(500);

    private final Path pidsFile;
    private final ComponentHealthCheck health;
    private final int settleSeconds;
    private final Duration recoveryTimeout;
    private final PrintStream progress;

    public FaultInjector(Path pidsFile, ComponentHealthCheck health, int settleSeconds, Duration recoveryTimeout,
                         PrintStream progress) {
        this.pidsFile = pidsFile;
        this.health = health;
        this.settleSeconds = settleSeconds;
        this.recoveryTimeout = recoveryTimeout;
        this.progress = progress;
    }

    /** Runs the faults in order, each at its time after {@code loadStartNanos}; returns when the last is back. */
    public List<FaultRecord> run(List<PlannedFault> plan, long loadStartNanos) throws InterruptedException {
        List<FaultRecord> done = new ArrayList<>();
        long previousBack = -1;
        for (PlannedFault fault : plan) {
            long startSecond = FaultSchedule.startOf(fault, previousBack, settleSeconds);
            sleepUntil(loadStartNanos + startSecond * 1_000_000_000L);
            FaultRecord record = inject(fault.component(), loadStartNanos);
            done.add(record);
            progress.printf(Locale.ROOT, "bench: chaos: %s killed at %.1f s: %s%n", record.component(),
                    record.killedAtSecond(), record.back()
                            ? String.format(Locale.ROOT, "back after %.1f s", record.backAfterSeconds())
                            : "NOT back " + record.note());
            previousBack = record.back()
                    ? (long) Math.ceil(record.killedAtSecond() + record.backAfterSeconds()) : startSecond;
        }
        return done;
    }

    private FaultRecord inject(String component, long loadStartNanos) throws InterruptedException {
        Long pid = StackProcesses.read(pidsFile).get(component);
        double killedAt = (System.nanoTime() - loadStartNanos) / 1e9;
        if (pid == null) {
            return new FaultRecord(component, 0, killedAt, Double.NaN, "(not in " + pidsFile + ")");
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().destroyForcibly()) {
            return new FaultRecord(component, pid, killedAt, Double.NaN, "(pid " + pid + " could not be killed)");
        }
        long killedNanos = System.nanoTime();
        long deadline = killedNanos + recoveryTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(POLL.toMillis());
            Long now = StackProcesses.read(pidsFile).get(component);
            if (now != null && now.longValue() != pid && health.healthy(component)) {
                return new FaultRecord(component, pid, killedAt, (System.nanoTime() - killedNanos) / 1e9, "");
            }
        }
        return new FaultRecord(component, pid, killedAt, Double.NaN,
                "(within " + recoveryTimeout.toSeconds() + " s)");
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long remaining = nanos - System.nanoTime();
        if (remaining > 0) {
            Thread.sleep(remaining / 1_000_000, (int) (remaining % 1_000_000));
        }
    }
}
