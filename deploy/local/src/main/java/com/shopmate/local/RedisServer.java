package com.shopmate.local;

import redis.embedded.core.ExecutableProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Redis 6.2 from the embedded-redis jar. Only its binary is taken from the library: the stack runs it as a child
 * process of its own, because the library's {@code RedisServer} adds a JVM shutdown hook that would stop Redis
 * before the services that use it.
 */
final class RedisServer implements AutoCloseable {

    static final String COMPONENT = "redis";
    static final Duration READY_TIMEOUT = Duration.ofSeconds(20);

    private static final Duration RETRY_PAUSE = Duration.ofMillis(50);

    private final int port;
    private final String binary;
    private final ChildProcess process;

    private RedisServer(int port, String binary, ChildProcess process) {
        this.port = port;
        this.binary = binary;
        this.process = process;
    }

    /** Starts Redis without waiting for it, so that the stack records it before anything can go wrong. */
    static RedisServer launch(StackOptions options) {
        Path dataDir = options.dataDir().resolve("redis");
        Path binDir = options.dataDir().resolve("bin");
        String binary;
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(binDir);
            binary = ExecutableProvider.newJarResourceProvider(binDir.toFile()).get().getAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = List.of(binary,
                "--port", Integer.toString(options.redisPort()),
                "--bind", StackAddresses.HOST,
                "--dir", dataDir.toString(),
                "--daemonize", "no",
                // Conversation state should survive a restart of the stack: snapshot now and then.
                "--save", "60 1");
        return new RedisServer(options.redisPort(), binary, ChildProcess.start(
                "redis", command, Map.of(), dataDir, options.logsDir().resolve("redis.log")));
    }

    void awaitReady() {
        Poll.until(System.nanoTime() + READY_TIMEOUT.toNanos(), RETRY_PAUSE, () -> {
            if (!process.isAlive()) {
                throw new StackException("Redis exited with code " + process.exitValue() + "; "
                        + process.logFile() + " ends with:" + System.lineSeparator() + process.logTail(20));
            }
            return answersPing();
        }, () -> new StackException("Redis did not answer PING on port " + port + " within "
                + READY_TIMEOUT.toSeconds() + " s; see " + process.logFile()));
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(StackAddresses.HOST, port), 500);
            socket.setSoTimeout(1_000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(7);
            return new String(reply, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    long pid() {
        return process.pid();
    }

    /** Marked by its binary, which lives in the stack's data directory: Redis rewrites the rest of its title. */
    ComponentProcess recorded() {
        return new ComponentProcess(COMPONENT, pid(), binary);
    }

    @Override
    public void close() {
        process.stop();
    }
}
