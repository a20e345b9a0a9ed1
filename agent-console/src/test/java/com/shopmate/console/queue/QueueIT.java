package com.shopmate.console.queue;

import com.shopmate.console.ConsoleTestSupport.Shopper;
import com.shopmate.events.EventCodec;
import com.shopmate.events.HandoffEnded;
import com.shopmate.events.HandoffRequested;
import com.shopmate.events.Topics;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static com.shopmate.console.ConsoleTestSupport.WAIT;
import static com.shopmate.console.ConsoleTestSupport.as;
import static com.shopmate.console.ConsoleTestSupport.authors;
import static com.shopmate.console.ConsoleTestSupport.awaitLine;
import static com.shopmate.console.ConsoleTestSupport.awaitQueued;
import static com.shopmate.console.ConsoleTestSupport.newAgent;
import static com.shopmate.console.ConsoleTestSupport.signIn;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The queue and tickets built from real events on real Kafka, claims against real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
class QueueIT {

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
    void aHandedOverConversation_isQueuedWithWhatTheBotKnew_andItsWholeTranscript() {
        String session = signIn(newAgent("queue", "agent", 3));
        Shopper shopper = new Shopper(kafka);
        var asked = shopper.says("我的订单还没到");
        shopper.botAnswers(asked, "您的包裹正在派送中");
        var angry = shopper.says("转人工");
        shopper.handedOver(angry, HandoffRequested.QUEUE);

        awaitQueued(session, shopper.conversationId);

        Map<String, Object> entry = as(session).get("/console/api/queue").then().extract().jsonPath()
                .getList("findAll { it.conversationId == '" + shopper.conversationId + "' }", Map.class).get(0);
        assertEquals("requested", entry.get("reason"));
        assertEquals("顾客要求退款，订单 SO1 未到", entry.get("summary"));
        assertEquals("sms", entry.get("channel"));
        assertEquals("C1001", entry.get("customerId"));
        assertEquals(List.of("SO2026111911019"), entry.get("orders"));
        assertEquals("frustration", ((Map<?, ?>) entry.get("latestEmotion")).get("emotion"));
        assertEquals(2, ((List<?>) entry.get("emotions")).size());
        assertEquals(List.of("shopper", "bot", "shopper", "system"), authors(session, shopper.conversationId));
        JsonPath details = as(session).get("/console/api/conversations/" + shopper.conversationId).then()
                .extract().jsonPath();
        assertEquals(shopper.phone, details.getString("conversation.contact"));
        assertEquals("queued", details.getString("conversation.status"));
    }

    @Test
    void aRedeliveredEvent_addsNoSecondLine() {
        String session = signIn(newAgent("redelivery", "agent", 3));
        Shopper shopper = new Shopper(kafka);
        var once = shopper.says("只说一次");
        shopper.send(Topics.UTTERANCES, once);
        var reply = shopper.botAnswers(once, "收到");
        shopper.send(Topics.REPLIES, reply);
        // Same key, same partitions: once these later lines are in, the copies before them have been read.
        shopper.says("之后的消息");
        shopper.botAnswers(once, "之后的回复");
        awaitLine(session, shopper.conversationId, "之后的消息");
        awaitLine(session, shopper.conversationId, "之后的回复");

        assertEquals(List.of("shopper", "bot", "shopper", "bot"), authors(session, shopper.conversationId));
    }

    @Test
    void twoAgentsClaimingAtOnce_exactlyOneGetsIt_theOtherHears409() throws Exception {
        String first = signIn(newAgent("claim-a", "agent", 3));
        String second = signIn(newAgent("claim-b", "agent", 3));
        Shopper shopper = new Shopper(kafka);
        shopper.handedOver(shopper.says("人工客服"), HandoffRequested.QUEUE);
        awaitQueued(first, shopper.conversationId);

        String claim = "/console/api/conversations/" + shopper.conversationId + "/claim";
        var pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> both = List.of(() -> as(first).post(claim).statusCode(),
                () -> as(second).post(claim).statusCode());
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var result : pool.invokeAll(both)) {
            statuses.add(result.get());
        }
        pool.shutdown();

        Collections.sort(statuses);
        assertEquals(List.of(200, 409), statuses);
        assertEquals("already_claimed", as(second).post(claim).then().statusCode(409).extract().path("error"));
        assertTrue(!as(first).get("/console/api/queue").then().extract().jsonPath().getList("conversationId")
                .contains(shopper.conversationId));
    }

    @Test
    void anAgentAtTheirLimitOrUnavailable_cannotClaim() {
        String session = signIn(newAgent("limit", "agent", 1));
        Shopper one = new Shopper(kafka);
        Shopper two = new Shopper(kafka);
        one.handedOver(one.says("人工"), HandoffRequested.QUEUE);
        two.handedOver(two.says("人工"), HandoffRequested.QUEUE);
        awaitQueued(session, one.conversationId);
        awaitQueued(session, two.conversationId);

        as(session).post("/console/api/conversations/" + one.conversationId + "/claim").then().statusCode(200);
        assertEquals("at_max_open_chats", as(session).post("/console/api/conversations/" + two.conversationId
                + "/claim").then().statusCode(409).extract().path("error"));
        as(session).body(Map.of("available", false)).put("/console/api/me/availability").then().statusCode(200);
        as(session).body(Map.of("available", false, "maxOpenChats", 5)).put("/console/api/me/availability")
                .then().statusCode(200);
        assertEquals("agent_unavailable", as(session).post("/console/api/conversations/" + two.conversationId
                + "/claim").then().statusCode(409).extract().path("error"));
        assertEquals("conversation_not_found", as(session).post("/console/api/conversations/nobody-" + one.phone
                + "/claim").then().statusCode(404).extract().path("error"));
    }

    @Test
    void aConversationNobodyClaims_goesBackToTheBot_asUnclaimed() {
        String session = signIn(newAgent("watcher", "agent", 3));
        Shopper shopper = new Shopper(kafka);
        shopper.handedOver(shopper.says("有人吗"), HandoffRequested.QUEUE);
        awaitQueued(session, shopper.conversationId);

        var record = kafka.awaitRecord(Topics.HANDOFF_ENDINGS, r -> shopper.conversationId.equals(r.key()),
                Duration.ofSeconds(60));

        var ended = EventCodec.decode(record.value(), HandoffEnded.class);
        assertEquals(HandoffEnded.UNCLAIMED, ended.payload().reason());
        assertNull(ended.payload().agentName());
        assertEquals("sms", ended.channel().wireName());
        assertEquals(shopper.phone, ended.identity().phone());
        await().atMost(WAIT).until(() -> "bot".equals(as(session).get("/console/api/conversations/"
                + shopper.conversationId).then().extract().path("conversation.status")));
    }

    @Test
    void aHandoverOutsideHours_isAnOpenTicketWithTheContact_untilDone() {
        String session = signIn(newAgent("tickets", "agent", 3));
        Shopper shopper = new Shopper(kafka);
        shopper.handedOver(shopper.says("请回电"), HandoffRequested.TICKET);

        await().atMost(WAIT).until(() -> as(session).get("/console/api/tickets").then().extract().jsonPath()
                .getList("conversationId").contains(shopper.conversationId));
        Map<String, Object> ticket = as(session).get("/console/api/tickets").then().extract().jsonPath()
                .getList("findAll { it.conversationId == '" + shopper.conversationId + "' }", Map.class).get(0);
        assertEquals(shopper.phone, ticket.get("contact"));
        assertEquals("顾客要求退款，订单 SO1 未到", ticket.get("summary"));
        assertEquals("open", ticket.get("status"));
        assertEquals("ticket", as(session).get("/console/api/conversations/" + shopper.conversationId).then()
                .extract().path("conversation.status"));

        as(session).post("/console/api/tickets/" + ticket.get("id") + "/done").then().statusCode(200);

        assertTrue(!as(session).get("/console/api/tickets").then().extract().jsonPath().getList("conversationId")
                .contains(shopper.conversationId));
        as(session).post("/console/api/tickets/999999999/done").then().statusCode(404);
    }
}
