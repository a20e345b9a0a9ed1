package com.shopmate.bench.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local stack's processes, from its {@code pids} file ({@code <component> <pid> <marker>} lines, written by
 * deploy/local next to {@code stack.env}): Kafka, Redis, PostgreSQL and each service.
 */
public final class StackProcesses {

    public static final String FILE_NAME = "pids";

    private StackProcesses() {
    }

    /** Component → pid, in start order; empty when there is no such file (a stack the bench did not find). */
    public static Map<String, Long> read(Path pidsFile) {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (pidsFile == null || !Files.isRegularFile(pidsFile)) {
            return pids;
        }
        try {
            for (String line : Files.readAllLines(pidsFile, StandardCharsets.UTF_8)) {
                String[] parts = line.split(" ", 3);
                if (line.startsWith("#") || parts.length < 2) {
                    continue;
                }
                try {
                    pids.put(parts[0], Long.parseLong(parts[1]));
                } catch (NumberFormatException e) {
                    // not a record
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pidsFile, e);
        }
        return pids;
    }
}
