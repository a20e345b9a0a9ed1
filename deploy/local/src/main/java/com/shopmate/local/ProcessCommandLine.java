package com.shopmate.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The command line a process runs, to tell whether a recorded pid still belongs to the process that was started:
 * pids are reused, and a signal must never reach a stranger.
 */
final class ProcessCommandLine {

    private static final Path PROC = Path.of("/proc");

    private ProcessCommandLine() {
    }

    /**
     * The arguments of a live process, from {@code /proc/<pid>/cmdline} where there is one (Redis rewrites its
     * title there), else from the JDK; empty when the process is gone or its command line cannot be read (another
     * user's process, a zombie).
     */
    static Optional<List<String>> of(long pid) {
        if (!Files.isDirectory(PROC)) {
            // macOS has no /proc; the JDK asks the kernel for the processes of this user.
            return ProcessHandle.of(pid).flatMap(process -> process.info().command().map(command -> {
                List<String> args = new ArrayList<>(List.of(command));
                process.info().arguments().ifPresent(more -> args.addAll(Arrays.asList(more)));
                return args;
            }));
        }
        try {
            List<String> args = parse(Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("cmdline")));
            return args.isEmpty() ? Optional.empty() : Optional.of(args);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** {@code /proc/<pid>/cmdline}: NUL-separated arguments; a process that rewrote its title pads it with NULs. */
    static List<String> parse(byte[] cmdline) {
        return Arrays.stream(new String(cmdline, StandardCharsets.UTF_8).split("\0"))
                .filter(arg -> !arg.isEmpty())
                .toList();
    }

    /**
     * Whether the arguments hold {@code marker} as one argument, or begin with it followed by a space: Redis
     * rewrites its title to {@code "<binary> <host>:<port>"}, one string.
     */
    static boolean matches(List<String> args, String marker) {
        return args.contains(marker) || (!args.isEmpty() && args.get(0).startsWith(marker + " "));
    }

    static boolean runs(long pid, String marker) {
        return of(pid).map(args -> matches(args, marker)).orElse(false);
    }
}
