package com.shopmate.servers.redis;

import com.shopmate.servers.Loopback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starts the real binary: it takes about 0.1 s. */
class RedisServerTest {

    @TempDir
    Path home;

    @Test
    void aServerWithoutPersistence_answersOnItsPort_andIsGoneAfterClose() throws Exception {
        int port = Loopback.freePorts(1)[0];
        long pid;
        try (RedisServer redis = RedisServer.launch(home, home.resolve("logs/redis.log"), port, false)) {
            redis.awaitReady();
            pid = redis.pid();

            assertEquals("redis://127.0.0.1:" + port, redis.uri());
            assertTrue(redis.binary().startsWith(home.resolve("bin").toString()), redis.binary());
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "stopped");
        try (var files = Files.list(home.resolve("redis"))) {
            assertEquals(0, files.count(), "a test server leaves no snapshot");
        }
    }

    @Test
    void aPersistentServer_keepsWhatWasWrittenThroughAKill9() throws Exception {
        int port = Loopback.freePorts(1)[0];
        try (RedisServer redis = RedisServer.launch(home, home.resolve("logs/redis.log"), port, true)) {
            redis.awaitReady();
            assertEquals("+OK", command(port, "SET gateway:dedupe:m1 published"));
            // The append-only file is synced every second: a crash after that loses nothing.
            Thread.sleep(1_500);
            ProcessHandle.of(redis.pid()).ifPresent(ProcessHandle::destroyForcibly);
            ProcessHandle.of(redis.pid()).ifPresent(p -> p.onExit().join());
        }
        try (RedisServer restarted = RedisServer.launch(home, home.resolve("logs/redis.log"), port, true)) {
            restarted.awaitReady();
            assertEquals("$9", command(port, "GET gateway:dedupe:m1"), "the dedupe mark survived");
        }
    }

    /** One inline command; the first line of Redis' answer. */
    private static String command(int port, String command) throws Exception {
        try (var socket = new Socket(Loopback.HOST, port)) {
            socket.getOutputStream().write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
            var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            return reader.readLine();
        }
    }
}
