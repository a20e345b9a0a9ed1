package com.shopmate.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.scenarios.SandboxSmsShopper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole platform, as {@code ./shopmate up} runs it: real Kafka, Redis and PostgreSQL, every service as its own
 * process (the run's {@link SharedStack}). Talks to it only through the public API, in Chinese and English, on each
 * channel.
 */
@ExtendWith(SharedStack.class)
class PlatformEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static RunningStack stack;
    private static String customerToken;

    @BeforeAll
    static void useThePlatform(RunningStack shared) {
        stack = shared;
        customerToken = DemoCustomerTokens.mint(stack.dataDir(), "C1001", Duration.ofHours(1));
    }

    @Test
    void chineseGreetingOverRestIsAnsweredInChinese() throws Exception {
        JsonNode answer = sendAndWait("e2e-" + UUID.randomUUID(), "你好");

        String reply = answer.at("/replies/0/text").asText();
        assertTrue(isChinese(reply), reply);
        assertTrue(reply.contains("您好"), reply);
        assertTrue(answer.at("/replies/0/quickReplies").size() > 0, "a greeting offers quick replies");
    }

    @Test
    void englishThanksOverRestIsAnsweredInEnglish() throws Exception {
        String reply = sendAndWait("e2e-" + UUID.randomUUID(), "thanks a lot!").at("/replies/0/text").asText();

        assertTrue(!isChinese(reply) && reply.matches("(?s).*(welcome|Glad).*"), reply);
    }

    @Test
    void conversationKeepsItsThreadAcrossTurns() throws Exception {
        String conversation = "e2e-" + UUID.randomUUID();
        String first = sendAndWait(conversation, "hello").at("/replies/0/text").asText();
        String second = sendAndWait(conversation, "hi").at("/replies/0/text").asText();

        assertTrue(!isChinese(first) && !isChinese(second), first + " / " + second);
        assertTrue(!first.equals(second), "the second greeting is not word for word the first");
    }

    @Test
    void suggestionsAskedForInChineseAreInStockProductsWithinTheBudget() throws Exception {
        JsonNode answer = null;
        // recommendation-service reads the catalogue from order-connector right after the stack is up.
        for (long until = System.nanoTime() + Duration.ofSeconds(60).toNanos(); System.nanoTime() < until; ) {
            answer = sendAndWait("e2e-" + UUID.randomUUID(), "推荐一款500元以内的蓝牙耳机");
            if (answer.at("/replies/0/card/kind").asText().equals("product")) {
                break;
            }
            Thread.sleep(2000);
        }

        assertTrue(answer.path("replies").size() >= 1, answer.toString());
        for (JsonNode reply : answer.path("replies")) {
            JsonNode card = reply.path("card");
            assertEquals("product", card.path("kind").asText(), answer.toString());
            double price = Double.parseDouble(card.at("/fields/0/value").asText());
            int stock = Integer.parseInt(card.at("/fields/1/value").asText());
            assertTrue(price <= 500 && stock > 0, reply.toString());
            assertTrue(card.path("title").asText().contains("耳机"), reply.toString());
        }
    }

    @Test
    void chineseReplyIsPushedOnTheConversationsWebSocket() throws Exception {
        JsonNode delivered = replyPushedOnTheWebSocket("ws-zh-1", "谢谢");

        assertEquals("ws-zh-1", delivered.path("messageId").asText());
        assertTrue(isChinese(delivered.at("/replies/0/text").asText()), delivered.toString());
    }

    @Test
    void englishReplyIsPushedOnTheConversationsWebSocket() throws Exception {
        JsonNode delivered = replyPushedOnTheWebSocket("ws-en-1", "thank you so much");

        assertEquals("ws-en-1", delivered.path("messageId").asText());
        String reply = delivered.at("/replies/0/text").asText();
        assertTrue(!isChinese(reply) && reply.matches("(?s).*(welcome|Glad).*"), reply);
    }

    @Test
    void chineseSmsIsAnsweredBySmsAndNowhereElse() throws Exception {
        String sms = smsReplyTo("+86139" + (10_000_000 + (int) (Math.random() * 89_999_999)), "你好");

        assertTrue(sms.contains("您好"), sms);
        assertTrue(sms.contains("回复数字即可：\n1. 查订单"), "the quick replies are offered as options: " + sms);
    }

    @Test
    void smsConversationCannotBeWatchedOverTheWebSocket() {
        ExecutionException refused = assertThrows(ExecutionException.class, () -> HTTP.newWebSocketBuilder()
                .buildAsync(URI.create(stack.gatewayWebSocketUrl("sms:+8613800138000") + "?access_token="
                        + customerToken), new WebSocket.Listener() {
                        }).get(10, TimeUnit.SECONDS));

        assertEquals(400, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode(),
                "the gateway refuses the stream's upgrade");
    }

    @Test
    void englishSmsIsAnsweredByEnglishSms() throws Exception {
        String sms = smsReplyTo("+1415555" + (1000 + (int) (Math.random() * 8999)), "hello");

        assertTrue(!isChinese(sms) && sms.matches("(?s).*(Hello|Hi there).*"), sms);
        assertTrue(sms.contains("Reply with a number:\n1. Track my order"),
                "the quick replies are offered as numbered options: " + sms);
    }

    @Test
    void badInputIsAJsonErrorAndTheGatewayIsDocumented() throws Exception {
        HttpResponse<String> refused = post("e2e-" + UUID.randomUUID(), "", Map.of("text", ""));
        assertEquals(400, refused.statusCode());
        assertEquals("empty_text", JSON.readTree(refused.body()).path("error").asText());

        HttpResponse<String> openapi = HTTP.send(HttpRequest.newBuilder(
                URI.create(stack.gatewayUrl() + "/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        for (ServiceSpec service : stack.services()) {
            String health = stack.serviceUrl(service.module()).orElseThrow() + "/q/health/ready";
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(health)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), health);
        }
    }

    /** Sends a message over REST without waiting, and returns what the conversation's WebSocket pushes. */
    private static JsonNode replyPushedOnTheWebSocket(String messageId, String text) throws Exception {
        String conversation = "e2e-" + UUID.randomUUID();
        var pushed = new LinkedBlockingQueue<String>();
        WebSocket socket = openStream(conversation, pushed);
        try {
            HttpResponse<String> accepted = post(conversation, "", Map.of("messageId", messageId, "text", text));
            assertEquals(202, accepted.statusCode(), accepted.body());
            String delivered = pushed.poll(20, TimeUnit.SECONDS);
            assertNotNull(delivered, "no reply pushed within 20 s");
            return JSON.readTree(delivered);
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    /**
     * Texts the shop from {@code phone} through the provider webhook, signed as the provider signs it, and returns the
     * SMS reply as the shopper reads it (the turn's messages, read from the sandbox provider's outbox).
     */
    private static String smsReplyTo(String phone, String body) throws Exception {
        SandboxSmsShopper.Turn turn = new SandboxSmsShopper(stack.gatewayUrl(), phone,
                SmsProviderToken.ensure(stack.dataDir())).send(body, Duration.ofSeconds(20));
        assertNull(turn.problem(), turn.problem());
        assertTrue(turn.complete(), "the whole SMS turn within 20 s: " + turn);
        return String.join("\n", turn.replies());
    }

    @Test
    void unsignedSmsIsRefusedAndStopIsConfirmedThenHonoured() throws Exception {
        String phone = "+86137" + (10_000_000 + (int) (Math.random() * 89_999_999));
        HttpResponse<String> unsigned = HTTP.send(HttpRequest.newBuilder(
                        URI.create(stack.gatewayUrl() + "/v1/sms/webhook"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("From", phone, "To", "+15005550006",
                        "Body", "你好", "MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""))))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, unsigned.statusCode(), unsigned.body());
        assertEquals("missing_signature", JSON.readTree(unsigned.body()).path("error").asText());

        assertTrue(smsReplyTo(phone, "退订").contains("退订"), "STOP is confirmed in Chinese");
        SandboxSmsShopper.Turn afterStop = new SandboxSmsShopper(stack.gatewayUrl(), phone,
                SmsProviderToken.ensure(stack.dataDir())).send("你好", Duration.ofSeconds(5));
        assertEquals(java.util.List.of(), afterStop.replies(), "nothing is sent after STOP");
        assertTrue(smsReplyTo(phone, "START").contains("resubscribed"));
    }

    private static JsonNode sendAndWait(String conversation, String text) throws Exception {
        HttpResponse<String> response = post(conversation, "?wait=10", Map.of("text", text));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> post(String conversation, String query, Map<String, String> body)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/v1/conversations/"
                                + conversation + "/messages" + query))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(15))
                        // A logged-in customer of the demo shop, as the shop's app would send them.
                        .header("Authorization", "Bearer " + customerToken)
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static WebSocket openStream(String conversation, LinkedBlockingQueue<String> pushed) throws Exception {
        return HTTP.newWebSocketBuilder().buildAsync(URI.create(stack.gatewayWebSocketUrl(conversation)
                        + "?access_token=" + customerToken),
                new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            pushed.add(partial.toString());
                            partial.setLength(0);
                        }
                        ws.request(1);
                        return CompletableFuture.completedFuture(null);
                    }
                }).get(10, TimeUnit.SECONDS);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
