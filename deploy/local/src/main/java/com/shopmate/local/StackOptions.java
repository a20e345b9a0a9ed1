package com.shopmate.local;

import com.shopmate.servers.Loopback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How to run a local stack. {@link #defaults} is what {@code ./shopmate up} runs; {@link #forTests} is for a test
 * JVM (free ports, a temporary data directory that is deleted on close); the {@code with*} methods adjust either.
 *
 * @param repoRoot            the repository, where each service's {@code target/quarkus-app} is found
 * @param dataDir             Kafka, Redis and PostgreSQL data, logs, {@code stack.env} and {@code stack.pid}
 * @param requireAllServices  fail when a service jar is not built, instead of warning and running without it
 * @param serviceReadyTimeout how long each service has to answer {@code /q/health/ready} with 200
 * @param deleteDataDirOnClose for tests: remove {@code dataDir} when the stack stops
 */
public record StackOptions(
        Path repoRoot,
        Path dataDir,
        int kafkaPort,
        int kafkaControllerPort,
        int redisPort,
        int postgresPort,
        int partitions,
        List<ServiceSpec> services,
        boolean requireAllServices,
        Duration serviceReadyTimeout,
        boolean deleteDataDirOnClose) {

    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_KAFKA_CONTROLLER_PORT = 19093;
    public static final int DEFAULT_REDIS_PORT = 16379;
    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_PARTITIONS = 4;
    public static final int DEFAULT_SERVICE_READY_TIMEOUT_SECONDS = 90;
    public static final Duration DEFAULT_SERVICE_READY_TIMEOUT = Duration.ofSeconds(DEFAULT_SERVICE_READY_TIMEOUT_SECONDS);
    /** Git-ignored at the repository root. */
    public static final String DEFAULT_DATA_DIR_NAME = ".shopmate";

    public StackOptions {
        repoRoot = repoRoot.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        services = List.copyOf(services);
        if (partitions < 1) {
            throw new StackException("partitions must be at least 1, got " + partitions);
        }
    }

    /** The developer stack: fixed ports, data kept in {@code <repo>/.shopmate} between runs. */
    public static StackOptions defaults(Path repoRoot) {
        return new StackOptions(repoRoot, repoRoot.resolve(DEFAULT_DATA_DIR_NAME),
                DEFAULT_KAFKA_PORT, DEFAULT_KAFKA_CONTROLLER_PORT, DEFAULT_REDIS_PORT, DEFAULT_POSTGRES_PORT,
                DEFAULT_PARTITIONS, PlatformServices.ALL, false, DEFAULT_SERVICE_READY_TIMEOUT, false);
    }

    /**
     * A stack beside whatever else runs on the machine: every port free, data in a new temporary directory that
     * {@link RunningStack#close()} deletes, and every service of {@link PlatformServices#ALL} required. Agents are on
     * duty around the clock ({@link PlatformServices#forTests}), so a handoff test finds a queue at any hour.
     * The repository is found above the working directory (a module's directory under Maven).
     */
    public static StackOptions forTests() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("shopmate-stack-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] ports = Loopback.freePorts(4 + PlatformServices.ALL.size());
        List<ServiceSpec> services = new ArrayList<>();
        for (int i = 0; i < PlatformServices.ALL.size(); i++) {
            services.add(PlatformServices.forTests(PlatformServices.ALL.get(i)).withPort(ports[4 + i]));
        }
        return new StackOptions(RepoRoot.find(Path.of("")), dataDir, ports[0], ports[1], ports[2], ports[3],
                DEFAULT_PARTITIONS, services, true, TEST_SERVICE_READY_TIMEOUT, true);
    }

    /**
     * Seven services starting at once on two cores take 50-90 s: a test stack, started while the build's other
     * JVMs still run, gets twice the developer's patience before it is called broken.
     */
    static final Duration TEST_SERVICE_READY_TIMEOUT = Duration.ofSeconds(180);

    public StackOptions withServices(List<ServiceSpec> newServices) {
        return new StackOptions(repoRoot, dataDir, kafkaPort, kafkaControllerPort, redisPort, postgresPort,
                partitions, newServices, requireAllServices, serviceReadyTimeout, deleteDataDirOnClose);
    }

    /** Kafka, Redis and PostgreSQL only. */
    public StackOptions infraOnly() {
        return withServices(List.of());
    }

    public StackOptions withPartitions(int newPartitions) {
        return new StackOptions(repoRoot, dataDir, kafkaPort, kafkaControllerPort, redisPort, postgresPort,
                newPartitions, services, requireAllServices, serviceReadyTimeout, deleteDataDirOnClose);
    }

    public StackOptions withRequireAllServices(boolean required) {
        return new StackOptions(repoRoot, dataDir, kafkaPort, kafkaControllerPort, redisPort, postgresPort,
                partitions, services, required, serviceReadyTimeout, deleteDataDirOnClose);
    }

    public StackAddresses addresses() {
        return new StackAddresses(kafkaPort, redisPort, postgresPort);
    }

    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    public Path stackEnvFile() {
        return dataDir.resolve(StackEnvFile.FILE_NAME);
    }

    public Path pidFile() {
        return dataDir.resolve(StackPidFile.FILE_NAME);
    }

    /** Where the stack records each process it starts, for when it cannot stop them itself. */
    public Path componentPidFile() {
        return dataDir.resolve(ComponentPidFile.FILE_NAME);
    }

    /**
     * An argument on the command line of the stack's JVMs (Kafka, the services), naming its data directory: a
     * recorded pid whose process still carries it is this stack's, not a stranger that got the pid later.
     */
    public String javaProcessMarker() {
        return "-Dshopmate.local-stack=" + dataDir;
    }
}
