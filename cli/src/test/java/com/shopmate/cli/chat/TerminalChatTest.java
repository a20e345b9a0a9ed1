package com.shopmate.cli.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Against a stand-in gateway in this JVM that answers the way the real one does. */
class TerminalChatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPLY_TIMEOUT = "{\"error\": \"reply_timeout\", \"message\": \"no reply within 3 s;"
            + " the message is queued, and re-sending it with the same messageId returns the reply once it is ready\"}";

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private HttpServer gateway;
    private List<Answer> answers;

    private record Answer(int status, String body) {
    }

    @BeforeEach
    void startTheGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/", this::answer);
        gateway.start();
    }

    @AfterEach
    void stopTheGateway() {
        gateway.stop(0);
    }

    @Test
    void aSlowReply_isAskedForOnceMoreWithTheSameMessageId_andShown() throws IOException {
        answers = List.of(new Answer(504, REPLY_TIMEOUT), new Answer(200,
                "{\"messageId\": \"x\", \"replies\": [{\"text\": \"您好！\", \"quickReplies\": [\"查订单\"]}]}"));

        List<String> lines = chat(3).send("chat-1", "你好");

        assertEquals(List.of("bot> 您好！", "     [查订单]"), lines);
        assertEquals(List.of("/v1/conversations/chat-1/messages?wait=3", "/v1/conversations/chat-1/messages?wait=10"),
                requests);
        String messageId = bodies.get(0).path("messageId").asText();
        assertDoesNotThrow(() -> UUID.fromString(messageId));
        assertEquals(messageId, bodies.get(1).path("messageId").asText());
        assertEquals("你好", bodies.get(1).path("text").asText());
        assertTrue(printed.toString(UTF_8).contains("(no reply within 3 s; waiting up to 10 s more)"));
    }

    @Test
    void aReplyThatIsLateTwice_isReportedOnce_notAskedForForever() throws IOException {
        answers = List.of(new Answer(504, REPLY_TIMEOUT), new Answer(504, REPLY_TIMEOUT));

        List<String> lines = chat(3).send("chat-1", "你好");

        assertEquals(2, requests.size());
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("! reply_timeout (HTTP 504): no reply within 3 s;"), lines.get(0));
    }

    @Test
    void everyMessageHasAnIdOfItsOwn_andAnOtherErrorIsNotRetried() throws IOException {
        answers = List.of(new Answer(400, "{\"error\": \"empty_text\", \"message\": \"text is empty\"}"),
                new Answer(400, "{\"error\": \"empty_text\", \"message\": \"text is empty\"}"));
        TerminalChat chat = chat(3);

        assertEquals(List.of("! empty_text (HTTP 400): text is empty"), chat.send("chat-1", " "));
        assertEquals(1, requests.size());
        chat.send("chat-1", " ");
        assertTrue(!bodies.get(0).path("messageId").asText().equals(bodies.get(1).path("messageId").asText()));
    }

    private TerminalChat chat(int waitSeconds) {
        return new TerminalChat("http://127.0.0.1:" + gateway.getAddress().getPort(), waitSeconds, null,
                new PrintStream(printed, true, UTF_8));
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI().toString());
        bodies.add(JSON.readTree(exchange.getRequestBody()));
        Answer answer = answers.get(requests.size() - 1);
        byte[] body = answer.body().getBytes(UTF_8);
        exchange.getResponseHeaders().add("content-type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
