package com.shopmate.console.replies;

import com.shopmate.console.ConsoleTestSupport.Shopper;
import com.shopmate.events.EventCodec;
import com.shopmate.events.HandoffEnded;
import com.shopmate.events.HandoffRequested;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.Topics;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.shopmate.console.ConsoleTestSupport.WAIT;
import static com.shopmate.console.ConsoleTestSupport.as;
import static com.shopmate.console.ConsoleTestSupport.authors;
import static com.shopmate.console.ConsoleTestSupport.awaitLine;
import static com.shopmate.console.ConsoleTestSupport.awaitQueued;
import static com.shopmate.console.ConsoleTestSupport.newAgent;
import static com.shopmate.console.ConsoleTestSupport.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An agent's replies, notes, transfers and handbacks, as the shopper's side (Kafka) and the transcript see them. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
class AgentRepliesIT {

    private static KafkaTestClient kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    private static Shopper claimedBy(String session) {
        Shopper shopper = new Shopper(kafka);
        shopper.handedOver(shopper.says("我要找人工"), HandoffRequested.QUEUE);
        awaitQueued(session, shopper.conversationId);
        as(session).post("/console/api/conversations/" + shopper.conversationId + "/claim").then().statusCode(200);
        return shopper;
    }

    @Test
    void theOwnersReply_goesOutAsTheAgentsReplyComposed_onTheShoppersChannel_andIsOneTranscriptLine() {
        String owner = newAgent("owner", "agent", 3);
        String session = signIn(owner);
        Shopper shopper = claimedBy(session);
        String text = "您好，我来帮您查一下 " + UUID.randomUUID();

        String messageId = as(session).body(Map.of("text", text))
                .post("/console/api/conversations/" + shopper.conversationId + "/messages")
                .then().statusCode(200).extract().path("messageId");

        var record = kafka.awaitRecord(Topics.REPLIES, r -> shopper.conversationId.equals(r.key())
                && r.value().contains(messageId), WAIT);
        var reply = EventCodec.decode(record.value(), ReplyComposed.class);
        assertEquals(ReplyComposed.AGENT, reply.payload().author());
        assertEquals("owner 测试", reply.payload().agentName());
        assertTrue(reply.payload().handoff());
        assertEquals(text, reply.payload().replies().get(0).text());
        assertEquals("zh", reply.payload().language());
        assertTrue(messageId.startsWith("agent-"));
        assertEquals("sms", reply.channel().wireName());
        assertEquals(shopper.phone, reply.identity().phone());
        assertEquals("demo-shop", reply.shopId());
        // The console reads its own reply back; a later line on the same partition proves it has.
        shopper.says("谢谢");
        awaitLine(session, shopper.conversationId, "谢谢");
        // The last utterance the reply answered is the one the shopper said before it.
        assertEquals(List.of("shopper", "system", "system", "agent", "shopper"),
                authors(session, shopper.conversationId));
    }

    @Test
    void someoneWhoDoesNotOwnTheConversation_cannotReplyInIt() {
        String session = signIn(newAgent("owner2", "agent", 3));
        String other = signIn(newAgent("other", "agent", 3));
        Shopper shopper = claimedBy(session);

        assertEquals("not_owner", as(other).body(Map.of("text", "我来插一句"))
                .post("/console/api/conversations/" + shopper.conversationId + "/messages")
                .then().statusCode(403).extract().path("error"));
        as(session).body(Map.of("text", "")).post("/console/api/conversations/" + shopper.conversationId
                + "/messages").then().statusCode(400);
    }

    @Test
    void handingBack_tellsDialogueHandedBack_andTheConversationIsTheBotsAgain() {
        String session = signIn(newAgent("handback", "agent", 3));
        Shopper shopper = claimedBy(session);

        as(session).post("/console/api/conversations/" + shopper.conversationId + "/handback").then().statusCode(200);

        var record = kafka.awaitRecord(Topics.HANDOFF_ENDINGS, r -> shopper.conversationId.equals(r.key()), WAIT);
        var ended = EventCodec.decode(record.value(), HandoffEnded.class);
        assertEquals(HandoffEnded.HANDED_BACK, ended.payload().reason());
        assertEquals("handback 测试", ended.payload().agentName());
        assertEquals(shopper.phone, ended.identity().phone());
        assertEquals("bot", as(session).get("/console/api/conversations/" + shopper.conversationId).then()
                .extract().path("conversation.status"));
        as(session).post("/console/api/conversations/" + shopper.conversationId + "/handback").then().statusCode(409);
    }

    @Test
    void aNote_staysInTheConsole_andATransferGoesOnlyToAnAvailableAgent() {
        String session = signIn(newAgent("noter", "agent", 3));
        String colleague = newAgent("colleague", "agent", 3);
        String away = newAgent("away", "agent", 3);
        as(signIn(away)).body(Map.of("available", false)).put("/console/api/me/availability").then().statusCode(200);
        Shopper shopper = claimedBy(session);
        String note = "顾客很着急 " + UUID.randomUUID();

        as(session).body(Map.of("text", note)).post("/console/api/conversations/" + shopper.conversationId
                + "/notes").then().statusCode(200);
        assertEquals("agent_unavailable", as(session).body(Map.of("to", away))
                .post("/console/api/conversations/" + shopper.conversationId + "/transfer")
                .then().statusCode(409).extract().path("error"));
        as(session).body(Map.of("to", colleague)).post("/console/api/conversations/" + shopper.conversationId
                + "/transfer").then().statusCode(200);

        assertTrue(authors(session, shopper.conversationId).contains("note"));
        kafka.awaitNoRecord(Topics.REPLIES, r -> r.value().contains(note), java.time.Duration.ofSeconds(2));
        assertTrue(as(signIn(colleague)).get("/console/api/conversations/mine").then().statusCode(200).extract()
                .jsonPath().getList("conversationId").contains(shopper.conversationId));
        assertTrue(as(session).get("/console/api/conversations/mine").then().extract().jsonPath()
                .getList("conversationId").isEmpty());
    }
}
