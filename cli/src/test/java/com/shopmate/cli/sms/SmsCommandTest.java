package com.shopmate.cli.sms;

import com.shopmate.cli.CliRun;
import com.shopmate.cli.Workspace;
import com.shopmate.scenarios.SmsWebhookSigner;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./shopmate sms} against a stand-in gateway that checks the signature and answers in two segments. */
class SmsCommandTest {

    private static final String TOKEN = "stack-sms-token";

    @TempDir
    Path repo;
    private HttpServer gateway;
    private String answeredSid;
    private boolean signed;

    @BeforeEach
    void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/v1/sms/webhook", exchange -> {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), UTF_8));
            signed = new SmsWebhookSigner(TOKEN).sign(url() + "/v1/sms/webhook", form)
                    .equals(exchange.getRequestHeaders().getFirst(SmsWebhookSigner.HEADER));
            answeredSid = form.get("MessageSid");
            respond(exchange, signed ? 200 : 403, signed ? "<Response></Response>"
                    : "{\"error\":\"invalid_signature\",\"message\":\"no\"}");
        });
        gateway.createContext("/v1/sms/sandbox/outbox", exchange -> respond(exchange, 200, """
                {"messages":[
                 {"sid":"SM1","body":"您的订单已发货，","turn":{"messageId":"%1$s","message":0,"segment":1,"segments":2,"last":false,"handoff":false}},
                 {"sid":"SM2","body":"预计周五送达。","turn":{"messageId":"%1$s","message":0,"segment":2,"segments":2,"last":true,"handoff":false}}]}
                """.formatted(answeredSid)));
        gateway.start();
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    @Test
    void printsTheTurnsRepliesWholeAsTheLastLine() throws IOException {
        Path dataDir = Files.createDirectories(repo.resolve("data"));
        Files.writeString(dataDir.resolve("sms-provider-auth-token"), TOKEN + "\n");
        Files.writeString(dataDir.resolve("stack.env"), "GATEWAY_URL=" + url() + "\n");

        CliRun run = CliRun.of(new Workspace(repo, Map.of("SHOPMATE_DATA_DIR", dataDir.toString())),
                "sms", "--from", "+8613800138000", "--wait", "3", "我的订单", "到哪了");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(signed, "the webhook is signed with the stack's token");
        List<String> lines = run.out().lines().toList();
        assertEquals("{\"replies\":[{\"text\":\"您的订单已发货，预计周五送达。\"}],\"handoff\":false}",
                lines.get(lines.size() - 1));
    }

    @Test
    void withoutAStacksTokenItSaysToStartTheStack() {
        CliRun run = CliRun.of(new Workspace(repo, Map.of("SHOPMATE_DATA_DIR", repo.resolve("none").toString())),
                "sms", "--from", "+8613800138000", "--gateway", url(), "hi");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("./shopmate up"), run.err());
    }

    @Test
    void aNumberThatIsNotE164IsAUsageError() {
        CliRun run = CliRun.of(new Workspace(repo, Map.of()), "sms", "--from", "12", "hi");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("E.164"), run.err());
    }

    private String url() {
        return "http://127.0.0.1:" + gateway.getAddress().getPort();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], UTF_8), URLDecoder.decode(kv[1], UTF_8));
        }
        return fields;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
