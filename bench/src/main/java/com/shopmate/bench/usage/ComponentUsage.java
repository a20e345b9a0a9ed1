package com.shopmate.bench.usage;

/**
 * What one component used while the bench ran.
 *
 * @param cpuMillis      CPU time over the window (user + system, all its processes)
 * @param cpuMsPerMessage {@code cpuMillis} over the messages sent in the window
 * @param peakMemoryMb   the highest memory sampled (PSS, MiB)
 * @param died           its process was gone at the end of the window
 */
public record ComponentUsage(String component, double cpuMillis, double cpuMsPerMessage, double peakMemoryMb,
                             boolean died) {
}
