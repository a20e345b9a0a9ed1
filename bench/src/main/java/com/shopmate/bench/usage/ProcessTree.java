package com.shopmate.bench.usage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A component's processes as Linux's {@code /proc} shows them: its process and every descendant (PostgreSQL forks
 * a backend per connection). Read-only and cheap enough to sample once a second.
 */
final class ProcessTree {

    /** Linux's USER_HZ, the unit of {@code /proc/<pid>/stat}'s times, is 100 on every architecture Java runs on. */
    static final double MILLIS_PER_TICK = 10.0;
    private static final Path PROC = Path.of("/proc");

    private final long rootPid;

    ProcessTree(long rootPid) {
        this.rootPid = rootPid;
    }

    static boolean supported() {
        return Files.isRegularFile(PROC.resolve("self/stat"));
    }

    boolean isAlive() {
        return Files.isDirectory(PROC.resolve(Long.toString(rootPid)));
    }

    /**
     * CPU time used so far, in milliseconds: the root's own and its reaped children's (a PostgreSQL backend that has
     * exited is counted in its parent's), plus each live descendant's own.
     */
    double cpuMillis() {
        long ticks = 0;
        long[] root = statTimes(rootPid);
        if (root.length == 4) {
            ticks += root[0] + root[1] + root[2] + root[3];
        }
        for (long pid : descendants()) {
            long[] times = statTimes(pid);
            if (times.length == 4) {
                ticks += times[0] + times[1];
            }
        }
        return ticks * MILLIS_PER_TICK;
    }

    /**
     * Memory in use now, in bytes: the proportional set size (shared pages split between the processes sharing
     * them, so PostgreSQL's shared buffers count once), summed over the tree; the resident size where PSS is not
     * available.
     */
    long memoryBytes() {
        long bytes = memoryOf(rootPid);
        for (long pid : descendants()) {
            bytes += memoryOf(pid);
        }
        return bytes;
    }

    private List<Long> descendants() {
        List<Long> pids = new ArrayList<>();
        ProcessHandle.of(rootPid).ifPresent(root -> root.descendants().forEach(p -> pids.add(p.pid())));
        return pids;
    }

    /** utime, stime, cutime, cstime in ticks; empty when the process is gone. */
    static long[] statTimes(long pid) {
        try {
            String stat = Files.readString(PROC.resolve(pid + "/stat"), StandardCharsets.US_ASCII);
            return parseStatTimes(stat);
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }

    /** Fields 14-17 of {@code stat}, counted after the command name, which may hold spaces and parentheses. */
    static long[] parseStatTimes(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state): utime is field 14
        return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                Long.parseLong(fields[14])};
    }

    private static long memoryOf(long pid) {
        Path dir = PROC.resolve(Long.toString(pid));
        long pss = kilobytes(dir.resolve("smaps_rollup"), "Pss:");
        return (pss >= 0 ? pss : Math.max(0, kilobytes(dir.resolve("status"), "VmRSS:"))) * 1024;
    }

    private static long kilobytes(Path file, String field) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not readable: said as -1
        }
        return -1;
    }
}
