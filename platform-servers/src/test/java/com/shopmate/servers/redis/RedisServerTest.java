package com.shopmate.servers.redis;

import com.shopmate.servers.Loopback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
