package com.shopmate.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code pids}: every process the stack has started and not yet stopped, rewritten as each one starts and stops.
 * A stack that is killed ({@code kill -9}) or crashes cannot stop its servers, and they would hold the ports; this
 * file is how {@code ./shopmate down} and the next start find them ({@link LeftoverComponents}).
 */
final class ComponentPidFile {

    static final String FILE_NAME = "pids";

    private final Path file;
    private final Map<String, ComponentProcess> recorded = new LinkedHashMap<>();

    ComponentPidFile(Path file) {
        this.file = file;
    }

    synchronized void add(ComponentProcess process) {
        recorded.put(process.component(), process);
        write();
    }

    /** Forgets a component that has stopped; the file goes with the last one. */
    synchronized void remove(String component) {
        if (recorded.remove(component) == null) {
            return;
        }
        if (recorded.isEmpty()) {
            delete(file);
        } else {
            write();
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded processes in start order; none without a file. */
    static List<ComponentProcess> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(ComponentProcess::parse).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write() {
        StringBuilder text = new StringBuilder("# Processes of the Shopmate local stack: component pid marker\n");
        recorded.values().forEach(process -> text.append(process.line()).append('\n'));
        try {
            // Whole or not at all: the stack may be killed halfway through a write.
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.createDirectories(file.getParent());
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
