package com.shopmate.tools.eval.reco;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/** The process's peak resident memory, from Linux's {@code /proc/self/status} (VmHWM); empty elsewhere. */
final class PeakMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private PeakMemory() {
    }

    static OptionalDouble megabytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    long kilobytes = Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").trim());
                    return OptionalDouble.of(kilobytes / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or a format we do not know: the figure is simply not available.
        }
        return OptionalDouble.empty();
    }
}
