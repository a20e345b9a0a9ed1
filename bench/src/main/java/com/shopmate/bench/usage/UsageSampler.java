package com.shopmate.bench.usage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * CPU and memory of every component of the stack, and of the bench itself, over a window: CPU from the difference
 * of two readings, memory as the peak of a reading every second. The bench's own CPU counts against the machine, so
 * it is reported beside the stack's.
 */
public final class UsageSampler implements AutoCloseable {

    public static final String BENCH = "bench (this process)";
    private static final long SAMPLE_MILLIS = 1_000;

    private final Map<String, ProcessTree> trees = new LinkedHashMap<>();
    private final Map<String, Double> cpuAtStart = new LinkedHashMap<>();
    private final Map<String, Long> peakBytes = new LinkedHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bench-usage-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private long startedNanos;

    /** @param components component → pid, as {@link StackProcesses} reads them */
    public UsageSampler(Map<String, Long> components) {
        components.forEach((name, pid) -> trees.put(name, new ProcessTree(pid)));
        trees.put(BENCH, new ProcessTree(ProcessHandle.current().pid()));
    }

    /** Whether this machine shows process figures (Linux); elsewhere there is nothing to report. */
    public static boolean supported() {
        return ProcessTree.supported();
    }

    public synchronized void start() {
        startedNanos = System.nanoTime();
        trees.forEach((name, tree) -> {
            cpuAtStart.put(name, tree.cpuMillis());
            peakBytes.put(name, tree.memoryBytes());
        });
        sampler.scheduleAtFixedRate(this::sampleMemory, SAMPLE_MILLIS, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private synchronized void sampleMemory() {
        trees.forEach((name, tree) -> peakBytes.merge(name, tree.memoryBytes(), Math::max));
    }

    /** Ends the window: each component's usage, {@code messages} being those sent in the window. */
    public synchronized UsageReport stop(long messages) {
        sampler.shutdownNow();
        double windowSeconds = (System.nanoTime() - startedNanos) / 1e9;
        List<ComponentUsage> usages = new ArrayList<>();
        trees.forEach((name, tree) -> {
            boolean alive = tree.isAlive();
            double cpu = alive ? tree.cpuMillis() - cpuAtStart.get(name) : Double.NaN;
            usages.add(new ComponentUsage(name, cpu, messages > 0 ? cpu / messages : Double.NaN,
                    peakBytes.get(name) / (1024.0 * 1024.0), !alive));
        });
        return new UsageReport(usages, windowSeconds, messages, Runtime.getRuntime().availableProcessors());
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
