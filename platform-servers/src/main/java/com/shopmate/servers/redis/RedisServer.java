package com.shopmate.servers.redis;

import com.shopmate.servers.Loopback;
import com.shopmate.servers.ServerException;
import com.shopmate.servers.process.ChildProcess;
import com.shopmate.servers.process.Poll;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Redis 6.2 from the embedded-redis jar. Only its binary is taken from the library: it runs as a child process of
 * our own, because the library's {@code RedisServer} adds a JVM shutdown hook that would stop Redis before the
 * services that use it, and gives no log file.
 */
public final class RedisServer implements AutoCloseable {

    public static final Duration READY_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(50);

    private final int port;
    private final String binary;
    private final ChildProcess process;

    private RedisServer(int port, String binary, ChildProcess process) {
        this.port = port;
        this.binary = binary;
        this.process = process;
    }

    /**
     * Starts Redis without waiting for it, so that the caller can record it before anything can go wrong.
     *
     * @param home       its binary goes to {@code bin/}, its snapshot (when persistent) to {@code redis/}
     * @param logFile    its stdout and stderr
     * @param persistent an append-only file synced every second (and snapshots), so that a restart loses at most a
     *                   second of writes, dedupe marks included; else nothing is written to disk
     */
    public static RedisServer launch(Path home, Path logFile, int port, boolean persistent) {
        Path dataDir = home.resolve("redis");
        String binary;
        try {
            Files.createDirectories(dataDir);
            binary = ExecutableProvider.newJarResourceProvider(Files.createDirectories(home.resolve("bin")).toFile())
                    .get().getAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(binary,
                "--port", Integer.toString(port),
                "--bind", Loopback.HOST,
                "--dir", dataDir.toString(),
                "--daemonize", "no",
                "--appendonly", persistent ? "yes" : "no",
                "--appendfsync", "everysec"));
        // Conversation state should survive a restart of a stack; a test server must leave nothing behind.
        command.addAll(List.of("--save", persistent ? "60 1" : ""));
        return new RedisServer(port, binary, ChildProcess.start("redis", command, Map.of(), dataDir, logFile));
    }

    public void awaitReady() {
        Poll.until(System.nanoTime() + READY_TIMEOUT.toNanos(), RETRY_PAUSE, () -> {
            if (!process.isAlive()) {
                throw new ServerException("Redis exited with code " + process.exitValue() + "; "
                        + process.logFile() + " ends with:" + System.lineSeparator() + process.logTail(20));
            }
            return answersPing();
        }, () -> new ServerException("Redis did not answer PING on port " + port + " within "
                + READY_TIMEOUT.toSeconds() + " s; see " + process.logFile()));
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(Loopback.HOST, port), 500);
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

    public String uri() {
        return "redis://" + Loopback.HOST + ":" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** The binary's path, under {@code home}: Redis rewrites the rest of its process title, not this. */
    public String binary() {
        return binary;
    }

    @Override
    public void close() {
        process.stop();
    }
}
