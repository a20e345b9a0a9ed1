package com.shopmate.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.scenarios.Scenario.Channel;
import com.shopmate.scenarios.Scenario.Expectation;
import com.shopmate.scenarios.Scenario.Identity;
import com.shopmate.scenarios.Scenario.Turn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SuiteReportTest {

    private static final Turn TURN = new Turn("hi", new Expectation(List.of(), List.of(), List.of(), null));

    @Test
    void reportIsOneJsonLineWithTotalsAndGroups() throws Exception {
        SuiteReport report = new SuiteReport();
        Scenario zhApp = scenario("a", "zh", Channel.APP, "order_status", 2);
        Scenario enSms = scenario("b", "en", Channel.SMS, Scenario.NO_FLOW, 1);
        report.add(zhApp, List.of(passed(zhApp, 1), failed(zhApp, 2)));
        report.add(enSms, List.of(passed(enSms, 1)));

        String line = report.toJson();

        assertFalse(line.contains("\n"));
        assertEquals("{\"turns\":3,\"passed\":2,\"pass_rate\":0.67,\"scenarios\":2,\"scenarios_passed\":1,"
                + "\"by_language\":{\"en\":{\"turns\":1,\"passed\":1},\"zh\":{\"turns\":2,\"passed\":1}},"
                + "\"by_channel\":{\"app\":{\"turns\":2,\"passed\":1},\"sms\":{\"turns\":1,\"passed\":1}},"
                + "\"by_flow\":{\"order_status\":{\"turns\":2,\"passed\":1},\"other\":{\"turns\":1,\"passed\":1}}}",
                line);
        JsonNode parsed = new ObjectMapper().readTree(line);
        assertEquals(0.67, parsed.path("pass_rate").asDouble());
    }

    @Test
    void passRateIsExactForTheThresholdAndRoundedInTheJson() {
        SuiteReport report = new SuiteReport();
        Scenario s = scenario("a", "en", Channel.WEB, "faq", 3);
        report.add(s, List.of(passed(s, 1), failed(s, 2), failed(s, 3)));

        assertEquals(1.0 / 3, report.passRate());
        assertEquals(0, report.scenariosPassed());
        assertEquals(0.33, readPassRate(report));
    }

    @Test
    void emptyReportHasARateOfZero() {
        SuiteReport report = new SuiteReport();

        assertEquals(0, report.passRate());
        assertEquals("{\"turns\":0,\"passed\":0,\"pass_rate\":0.00,\"scenarios\":0,\"scenarios_passed\":0,"
                + "\"by_language\":{},\"by_channel\":{},\"by_flow\":{}}", report.toJson());
    }

    private static double readPassRate(SuiteReport report) {
        try {
            return new ObjectMapper().readTree(report.toJson()).path("pass_rate").asDouble();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Scenario scenario(String id, String language, Channel channel, String flow, int turns) {
        Identity identity = channel == Channel.SMS ? new Identity(null, "13200489888") : Identity.ANONYMOUS;
        return new Scenario(id, language, channel, identity, flow, java.util.Collections.nCopies(turns, TURN));
    }

    private static TurnResult passed(Scenario scenario, int number) {
        return new TurnResult(scenario, number, TURN, BotAnswer.of(List.of("ok"), false), List.of());
    }

    private static TurnResult failed(Scenario scenario, int number) {
        return new TurnResult(scenario, number, TURN, BotAnswer.of(List.of("ok"), false), List.of("missing \"x\""));
    }
}
