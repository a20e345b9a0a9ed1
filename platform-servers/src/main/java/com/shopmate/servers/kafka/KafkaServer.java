package com.shopmate.servers.kafka;

import com.shopmate.servers.Loopback;
import com.shopmate.servers.ServerException;
import com.shopmate.servers.process.ChildProcess;
import com.shopmate.servers.process.Poll;
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
 * Kafka 4.1 in KRaft mode, one node that is broker and controller, as a child JVM on this JVM's classpath. A JVM of
 * its own, so that it can be killed alone (fault tests) and a killed caller leaves its log intact. Its storage is
 * formatted on the first start only, so topics and offsets survive a restart on the same directory.
 */
public final class KafkaServer implements AutoCloseable {

    public static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    static final String HEAP = "-Xmx512m";
    private static final Duration RETRY_PAUSE = Duration.ofMillis(200);
    private static final Duration DESCRIBE_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaSettings settings;
    private final ChildProcess process;

    private KafkaServer(KafkaSettings settings, ChildProcess process) {
        this.settings = settings;
        this.process = process;
    }

    /** Writes the config, formats the storage if it is new, and starts the broker without waiting for it. */
    public static KafkaServer launch(KafkaSettings settings) {
        Path config = settings.configFile();
        try {
            Files.createDirectories(config.getParent());
            Files.createDirectories(settings.logsDir());
            Files.writeString(config, KafkaServerConfig.render(
                    settings.port(), settings.controllerPort(), settings.logDir(), settings.partitions()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.exists(settings.logDir().resolve("meta.properties"))) {
            format(settings);
        }
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(), HEAP));
        command.addAll(settings.jvmArgs());
        command.addAll(List.of("-cp", classpath()));
        if (settings.stopWhenParentExits()) {
            command.add(ParentWatchingKafka.class.getName());
        } else {
            command.add("kafka.Kafka");
        }
        command.add(config.toString());
        ChildProcess process = settings.console() == null
                // Whatever logging the classpath has writes to the console: all of it goes to the log file.
                ? ChildProcess.start("kafka", command, Map.of(), settings.home(), settings.logFile())
                : ChildProcess.startEchoing("kafka", withLog4j(command, settings), Map.of(), settings.home(),
                        settings.logFile(), settings.console());
        return new KafkaServer(settings, process);
    }

    // log4j (when the caller has it) writes the log file itself, rolling, and only warnings to the console.
    private static List<String> withLog4j(List<String> command, KafkaSettings settings) {
        List<String> withLogging = new ArrayList<>(command);
        withLogging.addAll(2, List.of("-Dlog4j2.configurationFile=kafka-log4j2.xml",
                "-Dshopmate.kafka.logFile=" + settings.logFile()));
        return withLogging;
    }

    private static void format(KafkaSettings settings) {
        Path log = settings.logsDir().resolve("kafka-format.log");
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(), HEAP));
        command.addAll(settings.jvmArgs());
        command.addAll(List.of("-cp", classpath(), "kafka.tools.StorageTool", "format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", settings.configFile().toString(), "--ignore-formatted"));
        ChildProcess formatter = ChildProcess.start("kafka-storage", command, Map.of(), settings.home(), log);
        try {
            if (!formatter.process().waitFor(FORMAT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    || formatter.exitValue() != 0) {
                formatter.stop();
                throw new ServerException("formatting Kafka storage failed; " + log + " ends with:"
                        + System.lineSeparator() + formatter.logTail(20));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            formatter.stop();
            throw new ServerException("interrupted while formatting Kafka storage");
        }
    }

    /** Waits until the broker answers a client and lists itself as a node: then it takes topics and records. */
    public void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Poll.until(deadline, RETRY_PAUSE, () -> {
            failIfExited();
            return acceptsConnections();
        }, this::notReady);
        try (Admin admin = admin()) {
            // A broker that answers before it has registered itself lists no nodes yet: ask again after a pause.
            Poll.until(deadline, RETRY_PAUSE, () -> {
                failIfExited();
                return hasNodes(admin.describeCluster().nodes());
            }, this::notReady);
        }
    }

    /** Creates the topics that are missing, each with {@code partitions} partitions; existing ones are left as they are. */
    public void createTopics(List<String> topics, int partitions) {
        List<NewTopic> newTopics = topics.stream().map(t -> new NewTopic(t, partitions, (short) 1)).toList();
        try (Admin admin = admin()) {
            for (var result : admin.createTopics(newTopics).values().entrySet()) {
                try {
                    result.getValue().get(TOPIC_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new ServerException("cannot create topic " + result.getKey() + ": "
                                + e.getCause().getMessage());
                    }
                } catch (TimeoutException e) {
                    throw new ServerException("Kafka did not create topic " + result.getKey() + " within "
                            + TOPIC_TIMEOUT.toSeconds() + " s");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ServerException("interrupted while creating Kafka topics");
                }
            }
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
            throw new ServerException("interrupted while waiting for Kafka");
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
    }

    private boolean acceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(Loopback.HOST, settings.port()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public String bootstrapServers() {
        return Loopback.HOST + ":" + settings.port();
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return settings.logFile();
    }

    /** Stops the broker (it flushes its log on SIGTERM) and returns once it is gone. */
    @Override
    public void close() {
        process.stop();
    }

    private void failIfExited() {
        if (!process.isAlive()) {
            throw new ServerException("Kafka exited with code " + process.exitValue() + "; " + process.logFile()
                    + " ends with:" + System.lineSeparator() + process.logTail(30));
        }
    }

    private ServerException notReady() {
        return new ServerException("Kafka did not answer on " + bootstrapServers() + " within "
                + READY_TIMEOUT.toSeconds() + " s; " + process.logFile() + " ends with:" + System.lineSeparator()
                + process.logTail(30));
    }

    /**
     * This JVM's classpath, which holds the broker (this module's dependencies): the test classpath under Surefire
     * or Failsafe (whose own {@code java.class.path} is only a manifest jar), else {@code java.class.path}.
     */
    static String classpath() {
        String testClasspath = System.getProperty("surefire.test.class.path");
        String classpath = testClasspath != null && !testClasspath.isBlank()
                ? testClasspath : System.getProperty("java.class.path");
        // The broker runs in its home directory: entries relative to this JVM's working directory would not resolve.
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
