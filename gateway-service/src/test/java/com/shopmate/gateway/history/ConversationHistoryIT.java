package com.shopmate.gateway.history;

import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.Topics;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.gateway.sms.RecordingSmsProvider;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * A widget reloaded on the shop's page shows the conversation again: its owner reads what was said, in order, with
 * the quick replies and cards as delivered; nobody else can, and a page on a shop origin may call the API.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(RecordingSmsProvider.class)
class ConversationHistoryIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static KafkaTestClient kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void theOwnerReadsTheConversationInOrderWithQuickRepliesAndCards_aResentMessageOnce() {
        String conversation = "web-" + UUID.randomUUID();
        String first = UUID.randomUUID().toString();
        String token = send(conversation, null, first, "有什么推荐的耳机吗").statusCode(202)
                .extract().path("visitorToken");
        var card = new ReplyComposed.Card("product", "SKU-10001", "声悦 蓝牙耳机", List.of(
                new ReplyComposed.Field("价格", "¥399.00"), new ReplyComposed.Field("库存", "12")), "audio", null);
        reply(conversation, first, new ReplyComposed.Reply("为您推荐这款：", List.of("便宜点的", "还有别的吗"), card));
        await().atMost(WAIT).until(() -> messages(conversation, token).extract().jsonPath()
                .getList("messages").size() == 2);

        String second = UUID.randomUUID().toString();
        send(conversation, token, second, "便宜点的").statusCode(202);
        send(conversation, token, second, "便宜点的").statusCode(202);
        reply(conversation, second, new ReplyComposed.Reply("这款更实惠。", List.of()));

        await().atMost(WAIT).until(() -> messages(conversation, token).extract().jsonPath()
                .getList("messages").size() == 4);
        messages(conversation, token).statusCode(200)
                .body("conversationId", equalTo(conversation))
                .body("handoff", equalTo(false))
                .body("messages.from", equalTo(List.of("shopper", "bot", "shopper", "bot")))
                .body("messages.text", equalTo(List.of("有什么推荐的耳机吗", "为您推荐这款：", "便宜点的", "这款更实惠。")))
                .body("messages[1].quickReplies", equalTo(List.of("便宜点的", "还有别的吗")))
                .body("messages[1].card.kind", equalTo("product"))
                .body("messages[1].card.category", equalTo("audio"))
                .body("messages[1].card.fields[0].value", equalTo("¥399.00"))
                .body("messages[1].messageId", equalTo(first))
                .body("messages[3].quickReplies", nullValue())
                .body("messages[0].at", notNullValue());
    }

    @Test
    void nobodyButTheOwnerReadsIt() {
        String conversation = "web-" + UUID.randomUUID();
        send(conversation, null, UUID.randomUUID().toString(), "hello").statusCode(202);

        messages(conversation, null).statusCode(401).body("error", equalTo("credential_required"));
        messages(conversation, "vt_someone-else").statusCode(403).body("error", equalTo("conversation_not_yours"));
        messages("web-" + UUID.randomUUID(), "vt_someone-else").statusCode(404)
                .body("error", equalTo("conversation_not_found"));
    }

    @Test
    void aShopOriginMayCallTheApiFromTheBrowser_anotherMayNot() {
        given().header("Origin", "https://shop.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/v1/conversations/web-x/messages")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://shop.example.com");
        given().header("Origin", "https://evil.example.net").contentType("application/json")
                .body("{\"text\":\"hi\"}")
                .post("/v1/conversations/web-" + UUID.randomUUID() + "/messages")
                .then().statusCode(403);
    }

    private static ValidatableResponse send(String conversation, String token, String messageId, String text) {
        var request = given().contentType("application/json")
                .body("{\"messageId\":\"" + messageId + "\",\"text\":\"" + text + "\",\"channel\":\"web\"}");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.post("/v1/conversations/" + conversation + "/messages").then();
    }

    private static ValidatableResponse messages(String conversation, String token) {
        var request = given();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.get("/v1/conversations/" + conversation + "/messages").then();
    }

    /** Plays dialogue-service: answers the shopper's message on the replies topic. */
    private static void reply(String conversation, String messageId, ReplyComposed.Reply message) {
        EventEnvelope<UtteranceReceived> utterance = EventCodec.decode(kafka.awaitRecord(Topics.UTTERANCES,
                r -> conversation.equals(r.key()) && messageId.equals(
                        EventCodec.decode(r.value(), UtteranceReceived.class).payload().messageId()),
                WAIT).value(), UtteranceReceived.class);
        kafka.send(Topics.REPLIES, conversation, EventCodec.encode(utterance.followedBy(new ReplyComposed(
                utterance.eventId(), messageId, "zh", List.of(message)))));
    }
}
