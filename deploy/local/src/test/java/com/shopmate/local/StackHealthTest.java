package com.shopmate.local;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** status' view of a stack, against stand-ins: a live process, a port that listens, a readiness endpoint. */
class StackHealthTest {

    @TempDir
    Path dataDir;

    private Process server;
    private ServerSocket port;
    private HttpServer service;

    @BeforeEach
    void standIns() throws IOException {
        server = new ProcessBuilder("sleep", "61").start();
        port = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/q/health/ready", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        service.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.destroyForcibly();
        port.close();
        service.stop(0);
    }

    @Test
    void everyComponentIsListed_andOnlyOneThatRunsAndAnswers_isHealthy() throws IOException {
        String listening = "127.0.0.1:" + port.getLocalPort();
        Files.writeString(dataDir.resolve("stack.env"), String.join("\n",
                "KAFKA_BOOTSTRAP_SERVERS=" + listening,
                "REDIS_URI=redis://127.0.0.1:1",
                "POSTGRES_URL=jdbc:postgresql://" + listening + "/shopmate",
                "SERVICES=gateway-service,dialogue-service",
                "GATEWAY_SERVICE_URL=http://127.0.0.1:" + service.getAddress().getPort(),
                "DIALOGUE_SERVICE_URL=http://127.0.0.1:1", ""));
        Files.writeString(dataDir.resolve("pids"), String.join("\n",
                "kafka " + server.pid() + " 61",
                "redis " + server.pid() + " 61",
                "gateway-service " + server.pid() + " 61",
                "dialogue-service " + Integer.MAX_VALUE + " 61", ""));

        List<ComponentHealth> health = StackHealth.check(dataDir);

        assertEquals(List.of("kafka", "redis", "postgres", "gateway-service", "dialogue-service"),
                health.stream().map(ComponentHealth::name).toList());
        assertEquals(List.of(true, false, false, true, false), health.stream().map(ComponentHealth::healthy).toList());
        ComponentHealth redis = health.get(1);
        assertTrue(redis.alive(), "its process runs");
        assertFalse(redis.ready(), "but nothing listens on its port");
        assertEquals(Optional.empty(), health.get(2).pid(), "postgres has no process recorded");
        assertEquals(Optional.of("3 of 5 components are down or not ready: redis, postgres, dialogue-service"),
                StackHealth.problems(health));
    }

    @Test
    void aStackEnvWrittenBeforeItListedTheServices_takesThemFromThePidsFile() {
        ComponentProcess kafka = new ComponentProcess("kafka", 1, "m");
        ComponentProcess nlu = new ComponentProcess("nlu-service", 2, "m");

        assertEquals(List.of("nlu-service"), StackHealth.services(Map.of(), Map.of("kafka", kafka, "nlu-service", nlu)));
        assertEquals(List.of("a", "b"), StackHealth.services(Map.of("SERVICES", "a,b"), Map.of()));
    }

    @Test
    void serverAddressesAreCheckedAtTheirHostAndPort() {
        assertEquals("127.0.0.1:19092", StackHealth.hostAndPort("127.0.0.1:19092"));
        assertEquals("127.0.0.1:16379", StackHealth.hostAndPort("redis://127.0.0.1:16379"));
        assertEquals("127.0.0.1:15432", StackHealth.hostAndPort("jdbc:postgresql://127.0.0.1:15432/shopmate"));
    }
}
