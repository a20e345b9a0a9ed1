package com.shopmate.local;

import java.util.Optional;

/**
 * One process the stack started, as its {@code pids} file records it: the component ({@code kafka}, a service
 * module, ...), its pid, and an argument of its command line that only this stack's process has (a path inside
 * the data directory), to tell it from a process that got the pid later.
 */
record ComponentProcess(String component, long pid, String marker) {

    ComponentProcess {
        if (component.isBlank() || component.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a component name is one word, got '" + component + "'");
        }
        if (marker.isBlank() || marker.contains("\n")) {
            throw new IllegalArgumentException("a marker is one line, got '" + marker + "'");
        }
    }

    /** Still the process that was started: alive, and its command line still carries the marker. */
    boolean isRunning() {
        return ProcessCommandLine.runs(pid, marker);
    }

    /** {@code <component> <pid> <marker>}: the marker last, as it may hold spaces. */
    String line() {
        return component + " " + pid + " " + marker;
    }

    /** A line of the file; empty for a comment or a line that is no record. */
    static Optional<ComponentProcess> parse(String line) {
        if (line.startsWith("#")) {
            return Optional.empty();
        }
        String[] parts = line.split(" ", 3);
        if (parts.length < 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ComponentProcess(parts[0], Long.parseLong(parts[1]), parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
