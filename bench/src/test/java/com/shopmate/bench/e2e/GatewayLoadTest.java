package com.shopmate.bench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.bench.BenchFailure;
import com.shopmate.bench.load.BenchTraffic;
import com.shopmate.bench.load.OpenLoopSchedule;
import com.shopmate.bench.stats.LatencySummary;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Against a stand-in gateway in this JVM that answers like the real one: 200 with replies, or 504. */
class GatewayLoadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ExecutorService executor;

    @BeforeEach
    void startGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/v1/conversations/", this::answer);
        server.start();
    }

    @AfterEach
    void stopGateway() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void everyMessageIsPostedAndCountedByHowItWasAnswered() throws InterruptedException {
        var load = new GatewayLoad(gatewayUri(), new BenchTraffic("r1", 5));

        LatencySummary s = load.run(new OpenLoopSchedule(50, 0, 1));

        // The stand-in has no reply for "thanks, bye", message 5 of every 6: 8 of 50 get a 504.
        assertEquals(50, s.sent());
        assertEquals(42, s.received());
        assertEquals(8, s.errors());
        assertEquals(Map.of("http_504", 8L), s.errorKinds());
        assertEquals(50, requests.size());
        assertTrue(requests.stream().allMatch(r -> r.matches("/v1/conversations/bench-r1-[0-4]/messages\\?wait=10")),
                requests.toString());
    }

    @Test
    void warmupMessagesAreSentButNotCounted() throws InterruptedException {
        var load = new GatewayLoad(gatewayUri(), new BenchTraffic("r2", 5));

        LatencySummary s = load.run(new OpenLoopSchedule(20, 1, 1));

        assertEquals(20, s.sent());
        assertEquals(40, requests.size());
    }

    @Test
    void anUnreachableGatewayFailsWithAClearMessage() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var load = new GatewayLoad(URI.create("http://127.0.0.1:" + closedPort), new BenchTraffic("r3", 1));

        var e = assertThrows(BenchFailure.class, load::checkReachable);
        assertTrue(e.getMessage().startsWith("gateway not reachable at http://127.0.0.1:" + closedPort),
                e.getMessage());
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI().toString());
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        String messageId = body.get("messageId").asText();
        boolean answered = !"thanks, bye".equals(body.get("text").asText());
        String response = answered
                ? JSON.createObjectNode().put("messageId", messageId).set("replies",
                        JSON.createArrayNode().add(JSON.createObjectNode().put("text", "您好！"))).toString()
                : "{\"error\":\"no_reply\",\"message\":\"no reply within 10 s\"}";
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answered ? 200 : 504, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private URI gatewayUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }
}
