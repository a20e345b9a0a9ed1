package com.shopmate.gateway.identity;

import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.Topics;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.gateway.sms.RecordingSmsProvider;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may write to and listen on a conversation: the customer whose token opened it, or the anonymous visitor who
 * holds its visitor token; nobody else, whatever they know of its id. The identity reaches the utterance's envelope.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(RecordingSmsProvider.class)
class ConversationAccessIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ISSUER = "https://shop.example/identity";
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

    @Test
    void aCustomersMessageCarriesTheirVerifiedIdentity_andNoVisitorToken() {
        String conversation = newConversation();

        send(conversation, token("C1001"), "我的订单到哪了").statusCode(202).body("visitorToken", nullValue());

        EventEnvelope<UtteranceReceived> utterance = EventCodec.decode(kafka.awaitRecord(Topics.UTTERANCES,
                r -> conversation.equals(r.key()), WAIT).value(), UtteranceReceived.class);
        assertEquals("C1001", utterance.identity().customerId());
        assertEquals("app_token", utterance.identity().verifiedBy());
    }

    @Test
    void anotherCustomerOnTheSameConversation_isRefused403_andNothingIsPublished() {
        String conversation = newConversation();
        send(conversation, token("C1001"), "hello").statusCode(202);

        send(conversation, token("C1002"), "show me C1001's orders").statusCode(403)
                .body("error", equalTo("conversation_not_yours"));
        send(conversation, null, "anonymous").statusCode(403);

        var published = kafka.collect(Topics.UTTERANCES, r -> conversation.equals(r.key()), Duration.ofSeconds(2));
        assertEquals(1, published.size());
    }

    @Test
    void anExpiredOrForeignToken_is401() throws Exception {
        String conversation = newConversation();
        String expired = Jwt.subject("C1001").issuer(ISSUER).audience("shopmate")
                .issuedAt(Instant.now().minus(Duration.ofHours(2))).expiresAt(Instant.now().minus(Duration.ofHours(1)))
                .sign(testKey());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String foreign = Jwt.subject("C1001").issuer(ISSUER).audience("shopmate").expiresIn(Duration.ofHours(1))
                .sign(generator.generateKeyPair().getPrivate());

        send(conversation, expired, "hi").statusCode(401).body("error", equalTo("invalid_token"));
        send(conversation, foreign, "hi").statusCode(401).body("error", equalTo("invalid_token"));
    }

    @Test
    void anAnonymousConversationIsTheVisitors_whoseTokenComesWithTheFirstAnswer() {
        String conversation = newConversation();
        String first = UUID.randomUUID().toString();
        String visitorToken = send(conversation, null, "在吗", first).statusCode(202)
                .body("visitorToken", startsWith("vt_")).extract().path("visitorToken");

        // A re-send of that first message (its answer was lost) hears the same token; nothing else does.
        send(conversation, null, "在吗", first).statusCode(202).body("visitorToken", equalTo(visitorToken));
        send(conversation, null, "我的订单").statusCode(403);
        send(conversation, token("C1001"), "我的订单").statusCode(403);
        send(conversation, visitorToken, "我的订单").statusCode(202).body("visitorToken", nullValue());

        EventEnvelope<UtteranceReceived> utterance = EventCodec.decode(kafka.awaitRecord(Topics.UTTERANCES,
                r -> conversation.equals(r.key()), WAIT).value(), UtteranceReceived.class);
        assertNull(utterance.identity(), "an anonymous visitor is nobody verified");
    }

    @Test
    void theReplyStreamOpensOnlyForTheConversationsOwner() throws Exception {
        String conversation = newConversation();
        String visitorToken = send(conversation, null, "hi").statusCode(202).extract().path("visitorToken");

        assertEquals(403, refusedUpgrade(conversation, "?access_token=vt_not-the-token"));
        assertEquals(401, refusedUpgrade(conversation, ""));
        assertEquals(403, refusedUpgrade(conversation, "?access_token=" + token("C1002")));
        WebSocket socket = stream(conversation, "?access_token=" + visitorToken);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    }

    @Test
    void aVisitorVerifiesForOneOrder_withTheCodeSentToItsPhone_andTheirMessagesCarryIt() throws Exception {
        String conversation = newConversation();
        String visitorToken = send(conversation, null, "我要查订单").statusCode(202).extract().path("visitorToken");
        String phone = "+86139" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String body = "{\"orderId\":\"SO2026111911019\",\"phone\":\"" + phone + "\"}";

        verification(null, conversation, "", body).statusCode(401);
        verification(token("C1001"), conversation, "", body).statusCode(409);
        verification(visitorToken, conversation, "", body).statusCode(202).body("expiresInSeconds", equalTo(300));
        verification(visitorToken, conversation, "", body).statusCode(429).body("error", equalTo("code_sent_recently"));
        String sms = await().atMost(WAIT).until(() -> RecordingSmsProvider.calls().stream()
                .filter(c -> phone.equals(c.form().get("To"))).map(c -> c.form().get("Body")).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        assertTrue(sms.contains("SO2026111911019"), sms);
        String code = sms.replaceAll("(?s).*验证码 (\\d{6}).*", "$1");
        String wrong = code.substring(0, 5) + (code.charAt(5) == '0' ? '1' : '0');

        verification(visitorToken, conversation, "/confirm", "{\"code\":\"" + wrong + "\"}").statusCode(400)
                .body("error", equalTo("wrong_code"));
        verification(visitorToken, conversation, "/confirm", "{\"code\":\"" + code + "\"}").statusCode(200)
                .body("verified", equalTo(true)).body("orderId", equalTo("SO2026111911019"));
        verification(visitorToken, conversation, "/confirm", "{\"code\":\"" + code + "\"}").statusCode(400)
                .body("error", equalTo("no_code"));

        String messageId = UUID.randomUUID().toString();
        send(conversation, visitorToken, "那个订单呢", messageId).statusCode(202);
        EventEnvelope<UtteranceReceived> utterance = EventCodec.decode(kafka.awaitRecord(Topics.UTTERANCES,
                r -> conversation.equals(r.key()) && r.value().contains(messageId), WAIT).value(),
                UtteranceReceived.class);
        assertEquals(phone, utterance.identity().phone());
        assertEquals("SO2026111911019", utterance.identity().orderId());
        assertEquals("order_code", utterance.identity().verifiedBy());
    }

    private static io.restassured.response.ValidatableResponse verification(String bearer, String conversation,
                                                                            String path, String body) {
        RequestSpecification request = given().contentType("application/json").body(body);
        if (bearer != null) {
            request = request.header("Authorization", "Bearer " + bearer);
        }
        return request.post("/v1/conversations/{id}/order-verification" + path, conversation).then();
    }

    private int refusedUpgrade(String conversation, String query) {
        ExecutionException failed = assertThrows(ExecutionException.class, () -> stream(conversation, query));
        assertTrue(failed.getCause() instanceof WebSocketHandshakeException, failed.toString());
        return ((WebSocketHandshakeException) failed.getCause()).getResponse().statusCode();
    }

    private WebSocket stream(String conversation, String query) throws Exception {
        URI uri = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/v1/conversations/" + conversation
                + "/stream" + query);
        return HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
        }).get(10, TimeUnit.SECONDS);
    }

    private static io.restassured.response.ValidatableResponse send(String conversation, String bearer, String text) {
        return send(conversation, bearer, text, UUID.randomUUID().toString());
    }

    private static io.restassured.response.ValidatableResponse send(String conversation, String bearer, String text,
                                                                    String messageId) {
        RequestSpecification request = given().contentType("application/json")
                .body("{\"messageId\":\"" + messageId + "\",\"text\":\"" + text + "\"}");
        if (bearer != null) {
            request = request.header("Authorization", "Bearer " + bearer);
        }
        return request.post("/v1/conversations/{id}/messages", conversation).then();
    }

    /** What a shop's login back end issues: sub = the customer id, signed with the shop's key. */
    private static String token(String customerId) {
        try {
            return Jwt.subject(customerId).issuer(ISSUER).audience("shopmate").expiresIn(Duration.ofHours(1))
                    .sign(testKey());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey testKey() throws Exception {
        return KeyUtils.readPrivateKey("identity/test-customer-token.key.pem");
    }

    private static String newConversation() {
        return "it-" + UUID.randomUUID();
    }
}
