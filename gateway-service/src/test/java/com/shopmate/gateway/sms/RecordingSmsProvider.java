package com.shopmate.gateway.sms;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on a free port playing the SMS provider: it answers Twilio's Messages API and records each call,
 * so a test sees exactly what the gateway sent over the wire. It can be told to refuse a number's next calls (as a
 * provider having a bad minute, or one that will never take them); a refused call is recorded too.
 */
public class RecordingSmsProvider implements QuarkusTestResourceLifecycleManager {

    /** @param status what the provider answered: 201 when it took the message */
    public record Call(String path, String authorization, Map<String, String> form, int status, String sid) {
    }

    private record Refusal(AtomicInteger left, int status, String body) {
    }

    private static final List<Call> CALLS = new CopyOnWriteArrayList<>();
    private static final Map<String, Refusal> REFUSALS = new ConcurrentHashMap<>();
    private HttpServer server;

    public static List<Call> calls() {
        return List.copyOf(CALLS);
    }

    /** The calls to {@code phone} the provider took, oldest first. */
    public static List<Call> accepted(String phone) {
        return CALLS.stream().filter(c -> phone.equals(c.form().get("To")) && c.status() == 201).toList();
    }

    /** The next {@code count} calls for {@code phone} are answered {@code status} with Twilio's error body. */
    public static void refuseNext(String phone, int count, int status, int errorCode) {
        REFUSALS.put(phone, new Refusal(new AtomicInteger(count), status,
                "{\"code\":" + errorCode + ",\"message\":\"refused by the test\",\"status\":" + status + "}"));
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the provider stand-in", e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> form = form(body);
            Refusal refusal = REFUSALS.get(String.valueOf(form.get("To")));
            boolean refused = refusal != null && refusal.left().getAndDecrement() > 0;
            String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
            int status = refused ? refusal.status() : 201;
            CALLS.add(new Call(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), form, status, refused ? null : sid));
            byte[] answer = (refused ? refusal.body() : "{\"sid\":\"" + sid + "\",\"status\":\"queued\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("shopmate.sms.provider.base-url", url, "quarkus.rest-client.sms-provider.url", url,
                "shopmate.sms.provider.account-sid", "ACtest", "shopmate.sms.provider.auth-token", "secret");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
