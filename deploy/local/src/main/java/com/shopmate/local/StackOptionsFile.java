package com.shopmate.local;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * {@code conf/stack-options.json}: the options {@code ./shopmate up} parsed and checked, handed to the stack's own
 * JVM. A file rather than arguments, so the command line is parsed in one place (the CLI) and nowhere else.
 */
public final class StackOptionsFile {

    /** Relative to the data directory. */
    public static final String PATH = "conf/stack-options.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What is written: a service by its module and port; the rest of its row comes from {@link PlatformServices}. */
    record Saved(String repoRoot, String dataDir, int kafkaPort, int kafkaControllerPort, int redisPort,
                 int postgresPort, int partitions, List<SavedService> services, boolean requireAllServices,
                 long serviceReadyTimeoutSeconds) {
    }

    record SavedService(String module, int port) {
    }

    private StackOptionsFile() {
    }

    public static Path in(Path dataDir) {
        return dataDir.resolve(PATH);
    }

    /** Writes the options into their data directory's file and returns the file. */
    public static Path write(StackOptions options) {
        Saved saved = new Saved(options.repoRoot().toString(), options.dataDir().toString(), options.kafkaPort(),
                options.kafkaControllerPort(), options.redisPort(), options.postgresPort(), options.partitions(),
                options.services().stream().map(s -> new SavedService(s.module(), s.port())).toList(),
                options.requireAllServices(), options.serviceReadyTimeout().toSeconds());
        Path file = in(options.dataDir());
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            JSON.writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), saved);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StackOptions read(Path file) {
        Saved saved;
        try {
            saved = JSON.readValue(file.toFile(), Saved.class);
        } catch (IOException e) {
            throw new StackException("cannot read the stack's options from " + file + ": " + e.getMessage(), e);
        }
        List<ServiceSpec> services = saved.services().stream().map(StackOptionsFile::service).toList();
        return new StackOptions(Path.of(saved.repoRoot()), Path.of(saved.dataDir()), saved.kafkaPort(),
                saved.kafkaControllerPort(), saved.redisPort(), saved.postgresPort(), saved.partitions(), services,
                saved.requireAllServices(), Duration.ofSeconds(saved.serviceReadyTimeoutSeconds()), false);
    }

    private static ServiceSpec service(SavedService saved) {
        return PlatformServices.ALL.stream().filter(s -> s.module().equals(saved.module())).findFirst()
                .map(s -> s.withPort(saved.port()))
                .orElseThrow(() -> new StackException("unknown service '" + saved.module() + "' in the stack's options"));
    }
}
