package com.shopmate.scenarios;

import com.shopmate.scenarios.Scenario.Channel;
import com.shopmate.scenarios.Scenario.Expectation;
import com.shopmate.scenarios.Scenario.Identity;
import com.shopmate.scenarios.Scenario.Turn;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioRunnerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private final StringBuilder failures = new StringBuilder();
    private final AtomicInteger resets = new AtomicInteger();

    @Test
    void anonymousVisitorSendsItsVisitorTokenFromTheSecondTurnOn() throws Exception {
        try (FakeGateway gateway = new FakeGateway(text -> List.of("ok"))) {
            run(gateway, ResetMode.NONE, scenario("web", Channel.WEB, Identity.ANONYMOUS, turn("hi", "ok"),
                    turn("and?", "ok")));

            assertNull(gateway.chatRequests.get(0).authorization());
            assertEquals("Bearer " + FakeGateway.VISITOR_TOKEN, gateway.chatRequests.get(1).authorization());
            assertEquals("web", gateway.chatRequests.get(0).body().path("channel").asText());
        }
    }

    @Test
    void customerSendsTheirTokenOnEveryTurnOfAFreshConversation() throws Exception {
        try (FakeGateway gateway = new FakeGateway(text -> List.of("ok"))) {
            Scenario app = scenario("app", Channel.APP, new Identity("C1114", null), turn("hi", "ok"), turn("x", "ok"));
            run(gateway, ResetMode.NONE, app, app);

            List<String> auth = gateway.chatRequests.stream().map(FakeGateway.ChatRequest::authorization).toList();
            assertEquals(List.of("Bearer token-C1114", "Bearer token-C1114", "Bearer token-C1114",
                    "Bearer token-C1114"), auth);
            assertEquals("app", gateway.chatRequests.get(0).body().path("channel").asText());
            assertEquals(gateway.chatRequests.get(0).conversationId(), gateway.chatRequests.get(1).conversationId());
            assertNotEquals(gateway.chatRequests.get(1).conversationId(), gateway.chatRequests.get(2).conversationId(),
                    "each scenario talks in a conversation of its own");
        }
    }

    @Test
    void turnWithoutAReplyInTimeFailsAndTheRunGoesOn() throws Exception {
        try (FakeGateway gateway = new FakeGateway(text -> text.equals("slow") ? null : List.of("ok"))) {
            long started = System.nanoTime();
            SuiteReport report = run(gateway, ResetMode.NONE,
                    scenario("web", Channel.WEB, Identity.ANONYMOUS, turn("slow", "ok"), turn("fast", "ok")));

            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(TIMEOUT.plusSeconds(3)) < 0);
            assertEquals(2, report.turns());
            assertEquals(1, report.passed());
            assertTrue(failures().contains("no answer: no reply within 2 s"), failures());
        }
    }

    @Test
    void smsTurnIsAnsweredByTheSmsSentToTheShopperSinceIt() throws Exception {
        try (FakeGateway gateway = new FakeGateway(text -> List.of("退款 ¥4,399 已原路退回", "还有其他问题吗？"))) {
            gateway.smsAlreadySent("+8613200489888", "an earlier conversation's 已原路退回");
            SuiteReport report = run(gateway, ResetMode.NONE, scenario("sms", Channel.SMS,
                    new Identity(null, "13200489888"), turn("我的退款到账了吗", "4399", "其他问题")));

            assertEquals(1, report.passed(), failures());
            assertEquals(3, gateway.outbox.size());
            assertEquals(List.of(true), gateway.smsSignaturesValid, "the webhook is signed as the provider signs it");
        }
    }

    @Test
    void failedTurnIsPrintedWithTheShoppersTextWhatWasMissingAndTheReply() throws Exception {
        try (FakeGateway gateway = new FakeGateway(text -> List.of("您的包裹已签收", "还有其他问题吗？"))) {
            run(gateway, ResetMode.NONE, scenario("zh-parcel", Channel.APP, new Identity("C1", null),
                    turn("我的快递呢", "派送中")));

            assertEquals("""
                    FAIL zh-parcel turn 1/1 (zh, app, order_status)
                      user: 我的快递呢
                      - missing "派送中"
                      bot:  您的包裹已签收
                            还有其他问题吗？
                    """, failures());
        }
    }

    @Test
    void handoffFlagOfTheAnswerIsChecked() throws Exception {
        try (FakeGateway gateway = new FakeGateway(text -> List.of("a human will take over"))) {
            Turn mustNotHandOff = new Turn("angry", new Expectation(List.of(), List.of(), List.of(), false));
            SuiteReport report = run(gateway, ResetMode.NONE,
                    scenario("web", Channel.WEB, Identity.ANONYMOUS, mustNotHandOff));

            assertEquals(0, report.passed());
            assertTrue(failures().contains("handed off, expected no handoff"), failures());
        }
    }

    @Test
    void shopIsReloadedBeforeEachScenarioOnceOrNeverAsAsked() throws Exception {
        try (FakeGateway gateway = new FakeGateway(text -> List.of("ok"))) {
            Scenario s = scenario("web", Channel.WEB, Identity.ANONYMOUS, turn("hi", "ok"));
            run(gateway, ResetMode.EACH, s, s, s);
            assertEquals(3, resets.getAndSet(0));
            run(gateway, ResetMode.ONCE, s, s, s);
            assertEquals(1, resets.getAndSet(0));
            run(gateway, ResetMode.NONE, s, s, s);
            assertEquals(0, resets.get());
        }
    }

    @Test
    void unreachableGatewayStopsTheRunWithOneLine() throws Exception {
        String url;
        try (FakeGateway gone = new FakeGateway(text -> List.of())) {
            url = gone.url();
        }
        ScenarioRunner runner = new ScenarioRunner(url, id -> "t", () -> { }, ResetMode.NONE, TIMEOUT);

        ScenarioException e = assertThrows(ScenarioException.class, () -> runner.run(
                List.of(scenario("web", Channel.WEB, Identity.ANONYMOUS, turn("hi", "ok"))), line -> { }, line -> { }));

        assertTrue(e.getMessage().startsWith("no Shopmate gateway reachable at " + url), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void bareMainlandMobileNumberTextsAsE164() {
        assertEquals("+8613200489888", SmsChatSession.e164("13200489888"));
        assertEquals("+8613200489888", SmsChatSession.e164("+8613200489888"));
        assertEquals("+8613200489888", SmsChatSession.e164("8613200489888"));
    }

    private SuiteReport run(FakeGateway gateway, ResetMode reset, Scenario... scenarios) {
        return new ScenarioRunner(gateway.url(), id -> "token-" + id, resets::incrementAndGet, reset, TIMEOUT,
                conversation -> { }, FakeGateway.SMS_AUTH_TOKEN)
                .run(List.of(scenarios), line -> failures.append(line).append('\n'), line -> { });
    }

    private String failures() {
        return failures.toString();
    }

    private static Scenario scenario(String id, Channel channel, Identity identity, Turn... turns) {
        return new Scenario(id, "zh", channel, identity, "order_status", new ArrayList<>(List.of(turns)));
    }

    private static Turn turn(String user, String... allOf) {
        return new Turn(user, new Expectation(List.of(allOf), List.of(), List.of(), null));
    }
}
