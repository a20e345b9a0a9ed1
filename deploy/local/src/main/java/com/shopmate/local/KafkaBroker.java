package com.shopmate.local;

import com.shopmate.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Kafka 4.1 in KRaft mode, one node that is broker and controller, as a child JVM on this module's classpath. Its
 * storage is formatted on the first start only, so topics and offsets survive a restart of the stack.
 */
final class KafkaBroker implements AutoCloseable {

    static final String COMPONENT = "kafka";
    static final String HEAP = "-Xmx512m";
    static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    static final Duration RETRY_PAUSE = Duration.ofMillis(200);
    private static final Duration DESCRIBE_TIMEOUT = Duration.ofSeconds(5);

    private final StackOptions options;
    private final ChildProcess process;

    private KafkaBroker(StackOptions options, ChildProcess process) {
        this.options = options;
        this.process = process;
    }

    /** Writes the config, formats the storage if it is new, and starts the broker without waiting for it. */
    static KafkaBroker launch(StackOptions options) {
        Path logDir = options.dataDir().resolve("kafka");
        Path config = options.dataDir().resolve("conf/kafka-server.properties");
        Path logsDir = options.logsDir();
        try {
            Files.createDirectories(config.getParent());
            Files.createDirectories(logsDir);
            Files.writeString(config, KafkaServerConfig.render(
                    options.kafkaPort(), options.kafkaControllerPort(), logDir, options.partitions()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(options, config);
        }
        List<String> command = List.of(ChildProcess.javaExecutable(), HEAP, options.javaProcessMarker(),
                "-Dlog4j2.configurationFile=kafka-log4j2.xml",
                "-Dshopmate.kafka.logFile=" + logsDir.resolve("kafka.log"),
                "-cp", classpath(), "kafka.Kafka", config.toString());
        return new KafkaBroker(options, ChildProcess.startEchoing(
                "kafka", command, Map.of(), options.dataDir(), logsDir.resolve("kafka.log")));
    }

    private static void format(StackOptions options, Path config) {
        Path log = options.logsDir().resolve("kafka-format.log");
        List<String> command = List.of(ChildProcess.javaExecutable(), HEAP, "-cp", classpath(),
                "kafka.tools.StorageTool", "format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", config.toString(), "--ignore-formatted");
        ChildProcess formatter = ChildProcess.start("kafka-storage", command, Map.of(), options.dataDir(), log);
        try {
            if (!formatter.process().waitFor(60, TimeUnit.SECONDS) || formatter.exitValue() != 0) {
                formatter.stop();
                throw new StackException("formatting Kafka storage failed; " + log + " ends with:"
                        + System.lineSeparator() + formatter.logTail(20));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            formatter.stop();
            throw new StackException("interrupted while formatting Kafka storage");
        }
    }

    /** Waits until the broker answers a client, then creates the platform's topics that are missing. */
    void awaitReadyAndCreateTopics() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Poll.until(deadline, RETRY_PAUSE, () -> {
            failIfExited();
            return acceptsConnections();
        }, this::notReady);
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
            // A broker that answers before it has registered itself lists no nodes yet: ask again after a pause.
            Poll.until(deadline, RETRY_PAUSE, () -> {
                failIfExited();
                return hasNodes(admin.describeCluster().nodes());
            }, this::notReady);
            createTopics(admin, platformTopics(), options.partitions());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting for Kafka");
        }
    }

    /** Whether the cluster lists a node; an answer that fails or is late counts as not yet. */
    static boolean hasNodes(KafkaFuture<Collection<Node>> nodes) {
        try {
            return !nodes.get(DESCRIBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting for Kafka");
        }
    }

    private boolean acceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(StackAddresses.HOST, options.kafkaPort()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void createTopics(Admin admin, List<String> topics, int partitions) throws InterruptedException {
        List<NewTopic> newTopics = topics.stream().map(t -> new NewTopic(t, partitions, (short) 1)).toList();
        for (var result : admin.createTopics(newTopics).values().entrySet()) {
            try {
                result.getValue().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new StackException("cannot create topic " + result.getKey() + ": " + e.getCause().getMessage());
                }
            } catch (TimeoutException e) {
                throw new StackException("Kafka did not create topic " + result.getKey() + " within 30 s");
            }
        }
    }

    /** Every topic constant of {@link Topics}, so a topic added to the contract exists locally without a change here. */
    static List<String> platformTopics() {
        List<String> topics = new ArrayList<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
                try {
                    topics.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        topics.sort(null);
        return topics;
    }

    String bootstrapServers() {
        return options.addresses().kafkaBootstrapServers();
    }

    long pid() {
        return process.pid();
    }

    ComponentProcess recorded() {
        return new ComponentProcess(COMPONENT, pid(), options.javaProcessMarker());
    }

    @Override
    public void close() {
        process.stop();
    }

    private void failIfExited() {
        if (!process.isAlive()) {
            throw new StackException("Kafka exited with code " + process.exitValue() + "; " + process.logFile()
                    + " ends with:" + System.lineSeparator() + process.logTail(30));
        }
    }

    private StackException notReady() {
        return new StackException("Kafka did not answer on " + bootstrapServers() + " within "
                + READY_TIMEOUT.toSeconds() + " s; " + process.logFile() + " ends with:" + System.lineSeparator()
                + process.logTail(30));
    }

    /**
     * This module's classpath: the runtime jars in {@code target/lib} when started by the script, the test
     * classpath under Surefire or Failsafe (whose own {@code java.class.path} is only a manifest jar).
     */
    static String classpath() {
        String testClasspath = System.getProperty("surefire.test.class.path");
        String classpath = testClasspath != null && !testClasspath.isBlank()
                ? testClasspath : System.getProperty("java.class.path");
        // The broker runs in the data directory: entries relative to this JVM's working directory would not resolve.
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
