package com.shopmate.servers.kafka;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * How to run one {@link KafkaServer}.
 *
 * @param home                its directory: the log (topic data) in {@code kafka/}, the config in {@code conf/}
 * @param logsDir             where {@code kafka.log} (and {@code kafka-format.log}) go
 * @param port                the client listener
 * @param controllerPort      the KRaft controller listener
 * @param partitions          of a topic created without saying how many
 * @param jvmArgs             extra arguments of the broker's JVM, e.g. a marker to tell its process from a stranger's
 * @param console             where the broker's console goes, warnings only (log4j writes the log file); null: the
 *                            whole console goes to the log file, whatever logging the classpath has
 * @param stopWhenParentExits the broker stops when this JVM is gone, even killed: for tests, whose JVM may be killed
 */
public record KafkaSettings(Path home, Path logsDir, int port, int controllerPort, int partitions,
                            List<String> jvmArgs, Consumer<String> console, boolean stopWhenParentExits) {

    public KafkaSettings {
        home = home.toAbsolutePath().normalize();
        logsDir = logsDir.toAbsolutePath().normalize();
        jvmArgs = List.copyOf(jvmArgs);
    }

    public static KafkaSettings of(Path home, Path logsDir, int port, int controllerPort, int partitions) {
        return new KafkaSettings(home, logsDir, port, controllerPort, partitions, List.of(), null, false);
    }

    public KafkaSettings withJvmArgs(List<String> newJvmArgs) {
        return new KafkaSettings(home, logsDir, port, controllerPort, partitions, newJvmArgs, console,
                stopWhenParentExits);
    }

    public KafkaSettings withConsole(Consumer<String> newConsole) {
        return new KafkaSettings(home, logsDir, port, controllerPort, partitions, jvmArgs, newConsole,
                stopWhenParentExits);
    }

    public KafkaSettings stoppingWhenParentExits() {
        return new KafkaSettings(home, logsDir, port, controllerPort, partitions, jvmArgs, console, true);
    }

    Path logDir() {
        return home.resolve("kafka");
    }

    Path configFile() {
        return home.resolve("conf/kafka-server.properties");
    }

    Path logFile() {
        return logsDir.resolve("kafka.log");
    }
}
