package com.shopmate.gateway;

import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.Topics;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.gateway.sms.RecordingSmsProvider;
import com.shopmate.gateway.sms.SignedSms;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway against real Kafka and Redis; the test plays the rest of the platform on the topics. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(RecordingSmsProvider.class)
class GatewayIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static KafkaTestClient kafka;

    @TestHTTPResource("/")
    URI base;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @BeforeEach
    void awaitReadiness() {
        // Replies are consumed from the latest offset: wait until the consumer has its partitions.
        await().atMost(WAIT).until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    @Test
    void acceptedMessageIsPublishedOnceKeyedByConversation() {
        String conversation = newConversation();
        given().contentType("application/json").body("{\"messageId\":\"m-1\",\"text\":\"你好\",\"locale\":\"zh-CN\"}")
                .post("/v1/conversations/{id}/messages", conversation)
                .then().statusCode(202).body("messageId", equalTo("m-1"));

        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.UTTERANCES,
                r -> conversation.equals(r.key()), WAIT);
        EventEnvelope<UtteranceReceived> event = EventCodec.decode(record.value(), UtteranceReceived.class);
        assertEquals("你好", event.payload().text());
        assertEquals(Channel.APP, event.channel(), "a client that names no channel is the app");
        assertEquals("zh-CN", event.payload().locale());
    }

    @Test
    void resendingTheSameMessageIdCreatesNoSecondUtterance() {
        String conversation = newConversation();
        for (int i = 0; i < 3; i++) {
            given().contentType("application/json").body("{\"messageId\":\"same\",\"text\":\"hello\"}")
                    .post("/v1/conversations/{id}/messages", conversation).then().statusCode(202);
        }
        var copies = kafka.collect(Topics.UTTERANCES, r -> conversation.equals(r.key()), Duration.ofSeconds(3));
        assertEquals(1, copies.size(), "one utterance for three sends of one messageId");
    }

    @Test
    void waitingClientGetsTheRepliesAndAResendGetsTheSameAnswer() throws Exception {
        String conversation = newConversation();
        CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(() -> given()
                .contentType("application/json").body("{\"messageId\":\"w-1\",\"text\":\"hello\"}")
                .post("/v1/conversations/{id}/messages?wait=8", conversation));

        replyTo(conversation, "Hello! How can I help?", List.of("Track my order"));

        Response answer = waiting.get(15, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode(), answer.asString());
        assertEquals("w-1", answer.path("messageId"));
        assertEquals("Hello! How can I help?", answer.path("replies[0].text"));
        assertEquals(List.of("Track my order"), answer.path("replies[0].quickReplies"));
        assertEquals(false, answer.path("handoff"), "a plain reply says handoff false");
        assertFalse(answer.jsonPath().getMap("replies[0]").containsKey("card"), "no card, no card field");

        given().contentType("application/json").body("{\"messageId\":\"w-1\",\"text\":\"hello\"}")
                .post("/v1/conversations/{id}/messages?wait=2", conversation)
                .then().statusCode(200).body("replies[0].text", equalTo("Hello! How can I help?"));
    }

    @Test
    void twoClientsWaitingForTheSameMessageBothGetTheReply() throws Exception {
        String conversation = newConversation();
        String body = "{\"messageId\":\"twice\",\"text\":\"hello\"}";
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> given()
                .contentType("application/json").body(body)
                .post("/v1/conversations/{id}/messages?wait=8", conversation));
        kafka.awaitRecord(Topics.UTTERANCES, r -> conversation.equals(r.key()), WAIT);
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> given()
                .contentType("application/json").body(body)
                .post("/v1/conversations/{id}/messages?wait=8", conversation));
        Thread.sleep(300);

        replyTo(conversation, "Hello!", List.of());

        assertEquals("Hello!", first.get(15, TimeUnit.SECONDS).path("replies[0].text"));
        assertEquals("Hello!", second.get(15, TimeUnit.SECONDS).path("replies[0].text"));
    }

    @Test
    void redeliveredReplyIsSentAsSmsOnlyOnce() {
        String phone = "+44770090" + (1000 + (int) (Math.random() * 8999));
        SignedSms.text(phone, "hi", "SMonce" + phone.substring(1)).then().statusCode(200);
        String reply = replyTo("sms:" + phone, "Hello by SMS", List.of());
        await().atMost(WAIT).until(() -> smsSentTo(phone) == 1);

        kafka.send(Topics.REPLIES, "sms:" + phone, reply);
        kafka.send(Topics.REPLIES, "sms:" + phone, reply);

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> smsSentTo(phone) == 1);
    }

    @Test
    void replyOlderThanTheDedupeWindowIsNeverSent() {
        String phone = "+33612345" + (100 + (int) (Math.random() * 899));
        String conversation = "sms:" + phone;
        var utterance = EventEnvelope.of(new UtteranceReceived("old-1", "hi", null, phone),
                conversation, "demo-shop", Channel.SMS, null);
        var stale = new EventEnvelope<>(UUID.randomUUID().toString(), ReplyComposed.TYPE, ReplyComposed.VERSION,
                conversation, "demo-shop", Channel.SMS,
                java.time.Instant.now().minus(Duration.ofDays(3)), null,
                new ReplyComposed(utterance.eventId(), "old-1", "en", List.of(new ReplyComposed.Reply("Late!", null))),
                null);
        kafka.send(Topics.REPLIES, conversation, EventCodec.encode(stale));
        String fresh = replyToSms(conversation, utterance, "Fresh");

        await().atMost(WAIT).until(() -> smsSentTo(phone) == 1);
        assertEquals("Fresh", RecordingSmsProvider.calls().stream().filter(c -> phone.equals(c.form().get("To")))
                .findFirst().orElseThrow().form().get("Body"), fresh);
    }

    @Test
    void noReplyInTimeIsA504WithAJsonMessage() {
        given().contentType("application/json").body("{\"text\":\"hello\"}")
                .post("/v1/conversations/{id}/messages?wait=1", newConversation())
                .then().statusCode(504).body("error", equalTo("reply_timeout")).body("message", notNullValue());
    }

    @Test
    void webSocketStreamGetsRepliesAsTheyCome() throws Exception {
        String conversation = newConversation();
        // An anonymous shopper's first message opens the conversation and gives its visitor token; the stream
        // (a browser cannot send headers on it) takes the token as ?access_token=.
        String visitorToken = given().contentType("application/json")
                .body("{\"messageId\":\"s-1\",\"text\":\"谢谢\"}")
                .post("/v1/conversations/{id}/messages", conversation).then().statusCode(202)
                .extract().path("visitorToken");
        CompletableFuture<String> pushed = new CompletableFuture<>();
        WebSocket socket = openStream(conversation, visitorToken, pushed);
        try {
            replyTo(conversation, "不客气！", List.of());

            JsonPath json = JsonPath.from(pushed.get(15, TimeUnit.SECONDS));
            assertEquals("s-1", json.getString("messageId"));
            assertEquals("不客气！", json.getString("replies[0].text"));
            assertFalse(json.getBoolean("handoff"), json.prettify());
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    @Test
    void cardAndHandoffReachTheWaitingRequestTheStreamAndAResend() throws Exception {
        String conversation = newConversation();
        String visitorToken = given().contentType("application/json").body("{\"messageId\":\"c-0\",\"text\":\"hi\"}")
                .post("/v1/conversations/{id}/messages", conversation).then().statusCode(202)
                .extract().path("visitorToken");
        CompletableFuture<String> pushed = new CompletableFuture<>();
        WebSocket socket = openStream(conversation, visitorToken, pushed);
        try {
            String body = "{\"messageId\":\"c-1\",\"text\":\"where is my order SO-1001\"}";
            CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(() -> given()
                    .header("Authorization", "Bearer " + visitorToken).contentType("application/json").body(body)
                    .post("/v1/conversations/{id}/messages?wait=8", conversation));
            var card = new ReplyComposed.Card("order", "SO-1001", "Order SO-1001", List.of(
                    new ReplyComposed.Field("Status", "shipped"), new ReplyComposed.Field("Tracking", "SF1234567890")));
            replyTo(conversation, "c-1", "en", true, List.of(
                    new ReplyComposed.Reply("Order SO-1001 has shipped, tracking SF1234567890.", List.of(), card),
                    new ReplyComposed.Reply("I am passing you to a colleague.", List.of())));

            Response answer = waiting.get(15, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode(), answer.asString());
            assertShowsTheOrderCardAndHandsOff(answer.jsonPath());
            assertShowsTheOrderCardAndHandsOff(JsonPath.from(pushed.get(15, TimeUnit.SECONDS)));
            // The re-send is answered from the stored reply, which kept the card and the handoff.
            assertShowsTheOrderCardAndHandsOff(given().header("Authorization", "Bearer " + visitorToken)
                    .contentType("application/json").body(body)
                    .post("/v1/conversations/{id}/messages?wait=2", conversation)
                    .then().statusCode(200).extract().jsonPath());
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    @Test
    void replyFromAProducerThatPredatesHandoffSaysHandoffFalse() throws Exception {
        String conversation = newConversation();
        CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(() -> given()
                .contentType("application/json").body("{\"messageId\":\"old-1\",\"text\":\"hello\"}")
                .post("/v1/conversations/{id}/messages?wait=8", conversation));
        var utterance = EventCodec.decode(kafka.awaitRecord(Topics.UTTERANCES, r -> conversation.equals(r.key()),
                WAIT).value(), UtteranceReceived.class);
        String json = EventCodec.encode(utterance.followedBy(new ReplyComposed(utterance.eventId(), "old-1", "en",
                List.of(new ReplyComposed.Reply("Hello!", null)))));
        assertTrue(json.contains(",\"handoff\":false"), json);
        kafka.send(Topics.REPLIES, conversation, json.replace(",\"handoff\":false", ""));

        Response answer = waiting.get(15, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode(), answer.asString());
        assertEquals(false, answer.path("handoff"));
    }

    @Test
    void widgetsMessageIsPublishedOnTheWebChannelAndItsReplyIsPushedToTheStream() throws Exception {
        given().get("/widget/shopmate-widget.js").then().statusCode(200).body(containsString("channel: 'web'"));
        String conversation = "web-" + UUID.randomUUID();
        // What the widget's shopmate-widget.js sends; it keeps the visitor token for the stream and later messages.
        String visitorToken = given().contentType("application/json")
                .body("{\"messageId\":\"" + UUID.randomUUID() + "\",\"text\":\"在吗\",\"locale\":\"zh-CN\","
                        + "\"channel\":\"web\"}")
                .post("/v1/conversations/{id}/messages", conversation).then().statusCode(202)
                .extract().path("visitorToken");
        CompletableFuture<String> pushed = new CompletableFuture<>();
        WebSocket socket = openStream(conversation, visitorToken, pushed);
        try {

            var utterance = EventCodec.decode(kafka.awaitRecord(Topics.UTTERANCES,
                    r -> conversation.equals(r.key()), WAIT).value(), UtteranceReceived.class);
            assertEquals(Channel.WEB, utterance.channel());
            assertEquals("web", EventCodec.decode(replyTo(conversation, "在的，请问有什么可以帮您？", List.of()),
                    ReplyComposed.class).channel().wireName(), "the reply goes back on the web channel");

            String json = pushed.get(15, TimeUnit.SECONDS);
            assertTrue(json.contains("在的，请问有什么可以帮您？"), json);
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    @Test
    void replyOnAChannelThisGatewayCannotDeliverOnIsDeadLetteredWithTheReasonAndTheNextIsDelivered()
            throws Exception {
        String conversation = newConversation();
        var kioskUtterance = EventEnvelope.of(new UtteranceReceived("k-1", "hi", null, null), conversation,
                "demo-shop", Channel.of("kiosk"), null);
        kafka.send(Topics.REPLIES, conversation, EventCodec.encode(kioskUtterance.followedBy(new ReplyComposed(
                kioskUtterance.eventId(), "k-1", "en", List.of(new ReplyComposed.Reply("Hello kiosk", null))))));

        KafkaTestClient.DeadLetter dead = kafka.awaitDeadLetter(Topics.DEAD_LETTERS, conversation, WAIT);
        assertTrue(dead.reason().contains("channel 'kiosk'"), dead.reason());

        CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(() -> given()
                .contentType("application/json").body("{\"messageId\":\"after-kiosk\",\"text\":\"hi\"}")
                .post("/v1/conversations/{id}/messages?wait=8", conversation));
        replyTo(conversation, "Hi there!", List.of());
        assertEquals("Hi there!", waiting.get(15, TimeUnit.SECONDS).path("replies[0].text"));
    }

    @Test
    void smsIsPublishedKeyedByPhoneAndTheReplyGoesOutThroughTheProvider() {
        String phone = "+86138" + (10_000_000 + (int) (Math.random() * 89_999_999));
        SignedSms.text(phone, "我的订单到哪了").then().statusCode(200);

        replyTo("sms:" + phone, "请提供您的订单号。", List.of("查订单"));

        await().atMost(WAIT).until(() -> RecordingSmsProvider.calls().stream()
                .anyMatch(c -> phone.equals(c.form().get("To"))));
        var call = RecordingSmsProvider.calls().stream().filter(c -> phone.equals(c.form().get("To"))).findFirst()
                .orElseThrow();
        assertEquals("/2010-04-01/Accounts/ACtest/Messages.json", call.path());
        assertEquals("+15005550006", call.form().get("From"));
        assertEquals("请提供您的订单号。\n回复数字即可：\n1. 查订单", call.form().get("Body"));
        assertTrue(call.authorization().startsWith("Basic "), "authenticates to the provider");

        // The shopper answers with the option's number: the bot hears the option.
        String answer = "SM" + UUID.randomUUID().toString().replace("-", "");
        SignedSms.text(phone, "1", answer).then().statusCode(200);
        var chosen = EventCodec.decode(kafka.awaitRecord(Topics.UTTERANCES, r -> ("sms:" + phone).equals(r.key())
                && r.value().contains(answer), WAIT).value(), UtteranceReceived.class);
        assertEquals("查订单", chosen.payload().text());
    }

    @Test
    void providerRetryOfTheSameSmsCreatesNoSecondUtterance() {
        String phone = "+4915112345" + (100 + (int) (Math.random() * 899));
        for (int i = 0; i < 2; i++) {
            SignedSms.text(phone, "hello", "SMretry" + phone.substring(1)).then().statusCode(200);
        }
        assertEquals(1, kafka.collect(Topics.UTTERANCES, r -> ("sms:" + phone).equals(r.key()),
                Duration.ofSeconds(3)).size());
    }

    @Test
    void unreadableReplyGoesToTheDeadLetterTopicAndTheNextIsStillDelivered() throws Exception {
        String conversation = newConversation();
        kafka.send(Topics.REPLIES, conversation, "{not json");
        KafkaTestClient.DeadLetter dead = kafka.awaitDeadLetter(Topics.DEAD_LETTERS, conversation, WAIT);
        assertFalse(dead.reason().isEmpty());
        assertEquals(Topics.REPLIES, dead.fromTopic());

        CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(() -> given()
                .contentType("application/json").body("{\"messageId\":\"after-dlq\",\"text\":\"hi\"}")
                .post("/v1/conversations/{id}/messages?wait=8", conversation));
        replyTo(conversation, "Hi there!", List.of());
        assertEquals(200, waiting.get(15, TimeUnit.SECONDS).statusCode());
    }

    @Test
    void whileAnAgentOwnsTheConversationAWaitingRequestGetsTheAgentsReply() throws Exception {
        String conversation = newConversation();
        CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(() -> given()
                .contentType("application/json").body("{\"messageId\":\"held-1\",\"text\":\"还在吗？\"}")
                .post("/v1/conversations/{id}/messages?wait=8", conversation));
        EventEnvelope<UtteranceReceived> utterance = EventCodec.decode(kafka.awaitRecord(Topics.UTTERANCES,
                r -> conversation.equals(r.key()), WAIT).value(), UtteranceReceived.class);
        // Dialogue holds the message for the agent...
        kafka.send(Topics.REPLIES, conversation, EventCodec.encode(utterance.followedBy(
                ReplyComposed.heldForAgent(utterance.eventId(), "held-1", "zh"))));
        // ...and the agent answers from the console a moment later.
        Thread.sleep(500);
        kafka.send(Topics.REPLIES, conversation, EventCodec.encode(new EventEnvelope<>(UUID.randomUUID().toString(),
                ReplyComposed.TYPE, ReplyComposed.VERSION, conversation, "demo-shop", Channel.APP,
                java.time.Instant.now(), null, new ReplyComposed(utterance.eventId(), "agent-" + UUID.randomUUID(),
                        "zh", List.of(new ReplyComposed.Reply("在的，我是客服王芳，正在为您查询。", List.of())), true,
                        ReplyComposed.AGENT, "王芳"), null)));

        JsonPath answer = waiting.get(15, TimeUnit.SECONDS).then().statusCode(200).extract().jsonPath();
        assertEquals("held-1", answer.getString("messageId"), "it answers the shopper's request");
        assertEquals("agent", answer.getString("author"));
        assertEquals("王芳", answer.getString("agentName"));
        assertEquals("在的，我是客服王芳，正在为您查询。", answer.getString("replies[0].text"));
        assertTrue(answer.getBoolean("handoff"));
    }

    @Test
    void whileAnAgentOwnsTheConversationAndSaysNothingTheWaitEndsEmptyWithHandoffNotA504() {
        String conversation = newConversation();
        CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(() -> given()
                .contentType("application/json").body("{\"messageId\":\"held-2\",\"text\":\"hello?\"}")
                .post("/v1/conversations/{id}/messages?wait=2", conversation));
        EventEnvelope<UtteranceReceived> utterance = EventCodec.decode(kafka.awaitRecord(Topics.UTTERANCES,
                r -> conversation.equals(r.key()), WAIT).value(), UtteranceReceived.class);
        kafka.send(Topics.REPLIES, conversation, EventCodec.encode(utterance.followedBy(
                ReplyComposed.heldForAgent(utterance.eventId(), "held-2", "en"))));

        JsonPath answer = waiting.join().then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), answer.getList("replies"));
        assertTrue(answer.getBoolean("handoff"));
        assertEquals("bot", answer.getString("author"));
    }

    @Test
    void anAgentsSmsNamesTheAgent() {
        String phone = "+8613900000123";
        String conversation = "sms:" + phone;
        kafka.send(Topics.REPLIES, conversation, EventCodec.encode(new EventEnvelope<>(UUID.randomUUID().toString(),
                ReplyComposed.TYPE, ReplyComposed.VERSION, conversation, "demo-shop", Channel.SMS,
                java.time.Instant.now(), null, new ReplyComposed("u-1", "agent-" + UUID.randomUUID(), "zh",
                        List.of(new ReplyComposed.Reply("您好，我是王芳。", List.of())), true, ReplyComposed.AGENT,
                        "王芳"), null)));
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> RecordingSmsProvider.calls().stream()
                .anyMatch(c -> phone.equals(c.form().get("To"))
                        && "【客服 王芳】您好，我是王芳。".equals(c.form().get("Body"))));
    }

    @Test
    void readinessIsUpWithKafkaAndRedisAndTheApiIsDocumented() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItem("/v1/conversations/{conversationId}/messages"))
                .body("components.schemas.SendMessageRequest.properties.channel.enum", hasItems("app", "web"))
                .body("components.schemas.DeliveredReply.required", hasItems("replies", "handoff"))
                .body("components.schemas.DeliveredMessage.properties.keySet()", hasItem("card"));
        given().get("/q/metrics").then().statusCode(200);
    }

    private static void assertShowsTheOrderCardAndHandsOff(JsonPath answer) {
        assertEquals("c-1", answer.getString("messageId"), answer.prettify());
        assertTrue(answer.getBoolean("handoff"), answer.prettify());
        assertEquals("Order SO-1001 has shipped, tracking SF1234567890.", answer.getString("replies[0].text"));
        assertEquals("order", answer.getString("replies[0].card.kind"));
        assertEquals("SO-1001", answer.getString("replies[0].card.id"));
        assertEquals("Order SO-1001", answer.getString("replies[0].card.title"));
        assertEquals(List.of("Status", "Tracking"), answer.getList("replies[0].card.fields.label"));
        assertEquals(List.of("shipped", "SF1234567890"), answer.getList("replies[0].card.fields.value"));
        assertFalse(answer.getMap("replies[1]").containsKey("card"), "the message without a card has none");
    }

    /** Opens the conversation's reply stream as the widget does; the first text pushed completes {@code pushed}. */
    private WebSocket openStream(String conversation, String accessToken, CompletableFuture<String> pushed)
            throws Exception {
        URI stream = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/v1/conversations/"
                + conversation + "/stream?access_token=" + accessToken);
        return HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(stream, new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        pushed.complete(data.toString());
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
    }

    private static String replyToSms(String conversation, EventEnvelope<UtteranceReceived> utterance, String text) {
        String json = EventCodec.encode(utterance.followedBy(new ReplyComposed(utterance.eventId(),
                utterance.payload().messageId(), "en", List.of(new ReplyComposed.Reply(text, null)))));
        kafka.send(Topics.REPLIES, conversation, json);
        return json;
    }

    private static long smsSentTo(String phone) {
        return RecordingSmsProvider.calls().stream().filter(c -> phone.equals(c.form().get("To"))).count();
    }

    /** Plays dialogue-service: answers the conversation's utterance on the replies topic; returns the record sent. */
    private static String replyTo(String conversation, String text, List<String> quickReplies) {
        String language = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN) ? "zh" : "en";
        return replyTo(conversation, null, language, false, List.of(new ReplyComposed.Reply(text, quickReplies)));
    }

    /** As above, to the message {@code messageId} of the conversation (its first one when null). */
    private static String replyTo(String conversation, String messageId, String language, boolean handoff,
                                  List<ReplyComposed.Reply> replies) {
        EventEnvelope<UtteranceReceived> utterance = EventCodec.decode(kafka.awaitRecord(Topics.UTTERANCES,
                r -> conversation.equals(r.key()) && (messageId == null || messageId.equals(
                        EventCodec.decode(r.value(), UtteranceReceived.class).payload().messageId())),
                WAIT).value(), UtteranceReceived.class);
        var reply = utterance.followedBy(new ReplyComposed(utterance.eventId(), utterance.payload().messageId(),
                language, replies, handoff));
        String json = EventCodec.encode(reply);
        kafka.send(Topics.REPLIES, conversation, json);
        return json;
    }

    private static String newConversation() {
        return "it-" + UUID.randomUUID();
    }
}
