package com.shopmate.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * A stand-in gateway on a free port, with the public API's shapes: it answers a chat message with what {@code bot}
 * says to its text (null: 504 reply_timeout), an SMS with the same into the sandbox outbox, and records the requests.
 */
final class FakeGateway implements AutoCloseable {

    static final String VISITOR_TOKEN = "vt_fake";
    static final String SMS_AUTH_TOKEN = "sms-fake";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One chat request as received: its conversation, its Authorization header and its body. */
    record ChatRequest(String conversationId, String authorization, JsonNode body) {
    }

    final List<ChatRequest> chatRequests = new CopyOnWriteArrayList<>();
    final List<ObjectNode> outbox = new CopyOnWriteArrayList<>();
    /** Per inbound SMS, whether its X-Twilio-Signature was right. */
    final List<Boolean> smsSignaturesValid = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> visitorTokenGiven = new LinkedHashMap<>();
    private final Function<String, List<String>> bot;
    private final HttpServer server;
    private int sms;

    FakeGateway(Function<String, List<String>> bot) throws IOException {
        this.bot = bot;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/q/health/ready", exchange -> respond(exchange, 200, "{\"status\":\"UP\"}"));
        server.createContext("/v1/conversations/", this::chat);
        server.createContext("/v1/sms/webhook", this::smsIn);
        server.createContext("/v1/sms/sandbox/outbox", exchange -> {
            String to = URLDecoder.decode(exchange.getRequestURI().getRawQuery().replaceFirst("^to=", ""), UTF_8);
            ArrayNode messages = JSON.createArrayNode();
            outbox.stream().filter(sms -> sms.path("to").asText().equals(to)).forEach(messages::add);
            respond(exchange, 200, JSON.createObjectNode().set("messages", messages).toString());
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** An SMS the sandbox "sent" before the run, which no turn may take for its answer. */
    synchronized void smsAlreadySent(String to, String body) {
        outbox.add(JSON.createObjectNode().put("sid", "SMold" + sms++).put("to", to).put("body", body));
    }

    private synchronized void chat(HttpExchange exchange) throws IOException {
        String conversation = exchange.getRequestURI().getPath().split("/")[3];
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        chatRequests.add(new ChatRequest(conversation, authorization, body));
        ObjectNode answer = JSON.createObjectNode().put("messageId", body.path("messageId").asText());
        if (authorization == null && visitorTokenGiven.put(conversation, true) == null) {
            answer.put("visitorToken", VISITOR_TOKEN);
        }
        List<String> replies = bot.apply(body.path("text").asText());
        if (replies == null) {
            pause(); // as the real gateway holds the request for its wait before it gives up
            respond(exchange, 504, "{\"error\":\"reply_timeout\",\"message\":\"no reply within the wait\"}");
            return;
        }
        ArrayNode texts = answer.putArray("replies");
        replies.forEach(text -> texts.addObject().put("text", text).putArray("quickReplies"));
        answer.put("handoff", replies.stream().anyMatch(text -> text.contains("human")));
        respond(exchange, 200, answer.toString());
    }

    private synchronized void smsIn(HttpExchange exchange) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : new String(exchange.getRequestBody().readAllBytes(), UTF_8).split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], UTF_8), URLDecoder.decode(kv[1], UTF_8));
        }
        smsSignaturesValid.add(new SmsWebhookSigner(SMS_AUTH_TOKEN).sign(url() + "/v1/sms/webhook", form)
                .equals(exchange.getRequestHeaders().getFirst(SmsWebhookSigner.HEADER)));
        List<String> replies = bot.apply(form.get("Body"));
        List<String> texts = replies == null ? new ArrayList<String>() : replies;
        for (int i = 0; i < texts.size(); i++) {
            ObjectNode turn = JSON.createObjectNode().put("messageId", form.get("MessageSid")).put("message", i)
                    .put("segment", 1).put("segments", 1).put("last", i == texts.size() - 1).put("handoff", false);
            outbox.add(JSON.createObjectNode().put("sid", "SM" + sms++).put("to", form.get("From"))
                    .put("body", texts.get(i)).set("turn", turn));
        }
        respond(exchange, 200, "<Response></Response>");
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
