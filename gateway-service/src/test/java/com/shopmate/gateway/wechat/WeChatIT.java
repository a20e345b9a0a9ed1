package com.shopmate.gateway.wechat;

import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.ShopperIdentity;
import com.shopmate.events.Topics;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The WeChat channel against real Kafka and Redis and a real HTTP server standing in for WeChat's API; the test
 * plays WeChat (signed pushes, as its documentation describes them) and the bot (on the topics). The passive window
 * is 2 s here ({@link WeChatApiStandIn}).
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(WeChatApiStandIn.class)
class WeChatIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String ISSUER = "https://shop.example/identity";
    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000);
    private static KafkaTestClient kafka;

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
        await().atMost(WAIT).until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    @Test
    void weChatsServerVerificationIsEchoedWhenSignedAndRefusedWhenNot() {
        given().get("/v1/wechat/push?" + WeChatSigning.signedQuery(WeChatApiStandIn.TOKEN) + "&echostr=4711")
                .then().statusCode(200).body(equalTo("4711"));
        given().get("/v1/wechat/push?" + WeChatSigning.signedQuery("not-the-token") + "&echostr=4711")
                .then().statusCode(403).body("error", equalTo("invalid_signature"));
    }

    @Test
    void forgedPushIsRefusedWith403AndNothingIsPublished() {
        String openid = newOpenid();
        given().contentType("text/xml; charset=UTF-8").body(text(openid, nextMsgId(), "退款给我"))
                .post("/v1/wechat/push?" + WeChatSigning.signedQuery("guessed-token"))
                .then().statusCode(403).body("error", equalTo("invalid_signature"));
        String stale = "signature=" + WeChatSigning.sign(WeChatApiStandIn.TOKEN, "1700000000", "1")
                + "&timestamp=1700000000&nonce=1";
        given().contentType("text/xml; charset=UTF-8").body(text(openid, nextMsgId(), "退款给我"))
                .post("/v1/wechat/push?" + stale).then().statusCode(403);

        kafka.awaitNoRecord(Topics.UTTERANCES, r -> conversation(openid).equals(r.key()), Duration.ofSeconds(2));
    }

    @Test
    void textIsAnsweredPassivelyWhenTheReplyComesInTime() throws Exception {
        String openid = newOpenid();
        long msgId = nextMsgId();
        CompletableFuture<Response> push = pushAsync(text(openid, msgId, "我的订单到哪了"));

        EventEnvelope<UtteranceReceived> utterance = utteranceOf(openid, msgId);
        assertEquals(Channel.WECHAT, utterance.channel());
        assertEquals("我的订单到哪了", utterance.payload().text());
        assertEquals(openid, utterance.payload().replyAddress());
        assertNull(utterance.identity(), "an unbound openid is anonymous");
        reply(utterance, "zh", new ReplyComposed.Reply("请提供您的订单号。", List.of("查订单", "退货")));

        Response answer = push.get(15, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode());
        assertEquals(openid, answer.xmlPath().getString("xml.ToUserName"));
        assertEquals("text", answer.xmlPath().getString("xml.MsgType"));
        assertEquals("请提供您的订单号。\n回复数字即可：\n1. 查订单\n2. 退货", answer.xmlPath().getString("xml.Content"));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> WeChatApiStandIn.sentTo(openid).isEmpty());

        // The shopper answers with a digit: the bot reads the option's words.
        long next = nextMsgId();
        pushAsync(text(openid, next, "2"));
        assertEquals("退货", utteranceOf(openid, next).payload().text());
    }

    @Test
    void slowReplyIsAnsweredSuccessThenSentThroughTheApiOnceEvenWhenWeChatPushesAgain() throws Exception {
        String openid = newOpenid();
        long msgId = nextMsgId();
        Instant pushed = Instant.now();
        Response first = pushAsync(text(openid, msgId, "还在吗")).get(15, TimeUnit.SECONDS);
        assertEquals("success", first.asString(), "no passive answer: WeChat shows nothing and does not wait");
        assertTrue(Duration.between(pushed, Instant.now()).toMillis() < 4000, "answered within WeChat's 5 s");

        reply(utteranceOf(openid, msgId), "zh", new ReplyComposed.Reply("在的，请问有什么可以帮您？", List.of()));
        await().atMost(WAIT).until(() -> WeChatApiStandIn.sentTo(openid).size() == 1);
        assertEquals("在的，请问有什么可以帮您？", WeChatApiStandIn.sentTo(openid).get(0).content());

        // WeChat's retry of the same push after the reply went out: no second utterance, no second message.
        assertEquals("success", pushAsync(text(openid, msgId, "还在吗")).get(15, TimeUnit.SECONDS).asString());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> WeChatApiStandIn.sentTo(openid).size() == 1);
        assertEquals(1, kafka.collect(Topics.UTTERANCES, r -> conversation(openid).equals(r.key()),
                Duration.ofSeconds(1)).size());
    }

    @Test
    void weChatsRetryWaitingWhenTheReplyComesGetsItPassivelyAndTheApiSendsNothing() throws Exception {
        String openid = newOpenid();
        long msgId = nextMsgId();
        assertEquals("success", pushAsync(text(openid, msgId, "hello")).get(15, TimeUnit.SECONDS).asString());
        EventEnvelope<UtteranceReceived> utterance = utteranceOf(openid, msgId);

        CompletableFuture<Response> retry = pushAsync(text(openid, msgId, "hello"));
        Thread.sleep(300);
        reply(utterance, "en", new ReplyComposed.Reply("Hello! How can I help?", List.of()));

        assertEquals("Hello! How can I help?", retry.get(15, TimeUnit.SECONDS).xmlPath().getString("xml.Content"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> WeChatApiStandIn.sentTo(openid).isEmpty());
    }

    @Test
    void aReplyLongerThanOneWeChatTextIsAnsweredPassivelyAndTheRestGoesThroughTheApi() throws Exception {
        String openid = newOpenid();
        long msgId = nextMsgId();
        CompletableFuture<Response> push = pushAsync(text(openid, msgId, "退货政策是什么"));
        String longText = "退货须知：" + "商品签收后七天内可申请无理由退货。".repeat(150);
        reply(utteranceOf(openid, msgId), "zh", new ReplyComposed.Reply(longText, List.of()));

        String passive = push.get(15, TimeUnit.SECONDS).xmlPath().getString("xml.Content");
        assertTrue(ReplyText.utf8Length(passive) <= 2048);
        // The rest goes out as several API messages; wait until all of them have reached the stand-in.
        await().atMost(WAIT).until(() -> (passive + apiTextSentTo(openid)).length() >= longText.length());
        assertEquals(longText, passive + apiTextSentTo(openid));
    }

    @Test
    void aNewFollowerIsGreetedAndAPictureGetsTheTextOnlyAnswer() {
        String openid = newOpenid();
        Response greeting = push(event(openid, "subscribe"));
        assertEquals(200, greeting.statusCode());
        assertTrue(greeting.xmlPath().getString("xml.Content").startsWith("您好，欢迎关注！"),
                greeting.asString());

        Response picture = push("""
                <xml><ToUserName><![CDATA[gh_shop]]></ToUserName><FromUserName><![CDATA[%s]]></FromUserName>
                <CreateTime>%d</CreateTime><MsgType><![CDATA[image]]></MsgType>
                <PicUrl><![CDATA[http://mmbiz.example/pic.jpg]]></PicUrl><MediaId><![CDATA[m1]]></MediaId>
                <MsgId>%d</MsgId></xml>""".formatted(openid, Instant.now().getEpochSecond(), nextMsgId()));
        assertEquals("抱歉，目前我只能看懂文字消息，请直接输入您的问题。", picture.xmlPath().getString("xml.Content"));

        assertEquals("success", push(event(openid, "unsubscribe")).asString());
        kafka.awaitNoRecord(Topics.UTTERANCES, r -> conversation(openid).equals(r.key()), Duration.ofSeconds(1));
    }

    @Test
    void aBoundOpenidsMessagesCarryTheCustomerAndAfterUnbindingAreAnonymousAgain() throws Exception {
        String openid = newOpenid();
        given().header("Authorization", "Bearer " + customerToken("C1001", openid)).post("/v1/wechat/bindings")
                .then().statusCode(200).body("customerId", equalTo("C1001")).body("openid", equalTo(openid));

        long msgId = nextMsgId();
        pushAsync(text(openid, msgId, "我的订单到哪了"));
        ShopperIdentity identity = utteranceOf(openid, msgId).identity();
        assertEquals("C1001", identity.customerId());
        assertEquals(ShopperIdentity.WECHAT_BINDING, identity.verifiedBy());

        given().header("Authorization", "Bearer " + customerToken("C1001", newOpenid()))
                .delete("/v1/wechat/bindings/{openid}", openid).then().statusCode(403);
        given().header("Authorization", "Bearer " + customerToken("C1001", openid))
                .delete("/v1/wechat/bindings/{openid}", openid).then().statusCode(204);
        long after = nextMsgId();
        pushAsync(text(openid, after, "我的订单到哪了"));
        assertNull(utteranceOf(openid, after).identity());
    }

    @Test
    void bindingNeedsTheShopsTokenWithTheOpenidClaim() {
        given().post("/v1/wechat/bindings").then().statusCode(401);
        given().header("Authorization", "Bearer " + customerToken("C1001", null)).post("/v1/wechat/bindings")
                .then().statusCode(422).body("error", equalTo("missing_wechat_openid"));
    }

    @Test
    void anAgentsMessageGoesThroughTheApiSignedAndTheHoldAcknowledgementSendsNothing() {
        String openid = newOpenid();
        String conversation = conversation(openid);
        long msgId = nextMsgId();
        pushAsync(text(openid, msgId, "转人工"));
        EventEnvelope<UtteranceReceived> utterance = utteranceOf(openid, msgId);
        kafka.send(Topics.REPLIES, conversation, EventCodec.encode(utterance.followedBy(
                ReplyComposed.heldForAgent(utterance.eventId(), String.valueOf(msgId), "zh"))));
        kafka.send(Topics.REPLIES, conversation, EventCodec.encode(new EventEnvelope<>(UUID.randomUUID().toString(),
                ReplyComposed.TYPE, ReplyComposed.VERSION, conversation, "demo-shop", Channel.WECHAT, Instant.now(),
                null, new ReplyComposed(utterance.eventId(), "agent-" + UUID.randomUUID(), "zh",
                        List.of(new ReplyComposed.Reply("您好，我是王芳。", List.of())), true, ReplyComposed.AGENT,
                        "王芳"), null)));

        await().atMost(WAIT).until(() -> WeChatApiStandIn.sentTo(openid).size() == 1);
        assertEquals("【客服 王芳】您好，我是王芳。", WeChatApiStandIn.sentTo(openid).get(0).content());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> WeChatApiStandIn.sentTo(openid).size() == 1);
    }

    @Test
    void aMessageWeChatRefusesForGoodIsDeadLetteredWithTheErrcode() throws Exception {
        String openid = "oOutOfWindow" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        long msgId = nextMsgId();
        assertEquals("success", pushAsync(text(openid, msgId, "hi")).get(15, TimeUnit.SECONDS).asString());
        reply(utteranceOf(openid, msgId), "en", new ReplyComposed.Reply("Hi!", List.of()));

        KafkaTestClient.DeadLetter dead = kafka.awaitDeadLetter(Topics.DEAD_LETTERS, conversation(openid), WAIT);
        assertTrue(dead.reason().contains("errcode 45015"), dead.reason());
    }

    @Test
    void anAccessTokenWeChatNoLongerAcceptsIsRenewedAndTheMessageSentOnce() throws Exception {
        String openid = "oStaleToken" + UUID.randomUUID().toString().replace("-", "").substring(0, 17);
        long msgId = nextMsgId();
        assertEquals("success", pushAsync(text(openid, msgId, "hi")).get(15, TimeUnit.SECONDS).asString());
        int tokensBefore = WeChatApiStandIn.tokensIssued();
        reply(utteranceOf(openid, msgId), "en", new ReplyComposed.Reply("Hi!", List.of()));

        await().atMost(WAIT).until(() -> WeChatApiStandIn.sentTo(openid).size() == 1);
        assertTrue(WeChatApiStandIn.tokensIssued() > tokensBefore, "a new access token was fetched");
    }

    private static Response push(String xml) {
        return given().contentType("text/xml; charset=UTF-8").body(xml)
                .post("/v1/wechat/push?" + WeChatSigning.signedQuery(WeChatApiStandIn.TOKEN) + "&openid=x");
    }

    private static CompletableFuture<Response> pushAsync(String xml) {
        return CompletableFuture.supplyAsync(() -> push(xml));
    }

    private static String text(String openid, long msgId, String content) {
        return """
                <xml><ToUserName><![CDATA[gh_shop]]></ToUserName><FromUserName><![CDATA[%s]]></FromUserName>
                <CreateTime>%d</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[%s]]></Content>
                <MsgId>%d</MsgId></xml>""".formatted(openid, Instant.now().getEpochSecond(), content, msgId);
    }

    private static String event(String openid, String event) {
        return """
                <xml><ToUserName><![CDATA[gh_shop]]></ToUserName><FromUserName><![CDATA[%s]]></FromUserName>
                <CreateTime>%d</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[%s]]></Event>
                </xml>""".formatted(openid, Instant.now().getEpochSecond(), event);
    }

    private static EventEnvelope<UtteranceReceived> utteranceOf(String openid, long msgId) {
        return EventCodec.decode(kafka.awaitRecord(Topics.UTTERANCES, r -> conversation(openid).equals(r.key())
                && EventCodec.decode(r.value(), UtteranceReceived.class).payload().messageId()
                .equals(String.valueOf(msgId)), WAIT).value(), UtteranceReceived.class);
    }

    /** Plays dialogue-service: answers the utterance on the replies topic. */
    private static void reply(EventEnvelope<UtteranceReceived> utterance, String language,
                              ReplyComposed.Reply... replies) {
        kafka.send(Topics.REPLIES, utterance.conversationId(), EventCodec.encode(utterance.followedBy(
                new ReplyComposed(utterance.eventId(), utterance.payload().messageId(), language, List.of(replies)))));
    }

    /** What the shop's login issues on its H5 page once WeChat OAuth told it the openid. */
    private static String customerToken(String customerId, String openid) {
        try {
            var claims = Jwt.subject(customerId).issuer(ISSUER).audience("shopmate").expiresIn(Duration.ofHours(1));
            if (openid != null) {
                claims.claim(WeChatBindingResource.OPENID_CLAIM, openid);
            }
            return claims.sign(KeyUtils.readPrivateKey("identity/test-customer-token.key.pem"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String apiTextSentTo(String openid) {
        return WeChatApiStandIn.sentTo(openid).stream().map(WeChatApiStandIn.Sent::content)
                .collect(Collectors.joining());
    }

    private static String conversation(String openid) {
        return "wechat:" + openid;
    }

    private static String newOpenid() {
        return "oIT" + UUID.randomUUID().toString().replace("-", "").substring(0, 25);
    }

    private static long nextMsgId() {
        return MSG_IDS.incrementAndGet();
    }
}
