package com.shopmate.bench.reco;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.bench.BenchPlan;
import com.shopmate.bench.StackTargets;
import com.shopmate.bench.stats.LatencySummary;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoReportTest {

    private static final AnswerFigures OK = new AnswerFigures(
            new LatencySummary(300, 300, 0, Map.of(), 10.0, 5.0, 8.0, 9.0, 12.0, 20.0, 25.0),
            Map.of("ok", 270L, "none", 30L));
    private static final AnswerFigures SOME_FAILED = new AnswerFigures(
            new LatencySummary(1000, 995, 5, Map.of("outcome_unavailable", 2L, "no_reply", 3L), 99.5,
                    6.0, 9.0, 10.0, 15.0, 40.0, 60.0),
            Map.of("unavailable", 2L, "none", 95L, "ok", 900L));
    private static final AnswerFigures NOTHING = new AnswerFigures(new LatencySummary(0, 0, 0, Map.of(), 0,
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN), Map.of());

    @Test
    void theLastLineIsOneJsonObject_withTheFiguresOverallAndByKind_lostAndOutcomesToo() throws IOException {
        List<String> lines = report().lines();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));

        assertEquals("reco", json.get("bench").asText());
        assertEquals(50, json.get("rate").asInt());
        assertEquals(1000, json.get("sent").asLong());
        assertEquals(995, json.get("answered").asLong());
        assertEquals(5, json.get("failed").asLong());
        assertEquals(3, json.get("lost").asLong());
        assertEquals(2, json.get("failures").get("outcome_unavailable").asLong());
        assertEquals(900, json.get("outcomes").get("ok").asLong());
        assertEquals(95, json.get("outcomes").get("none").asLong());
        assertEquals(15.0, json.get("p99_ms").asDouble());
        assertEquals(6.0, json.get("p50_ms").asDouble());
        assertEquals(30, json.get("by_kind").get("budget").get("outcomes").get("none").asLong());
        assertEquals(0, json.get("by_kind").get("gift").get("outcomes").get("ok").asLong());
        assertTrue(json.get("by_kind").get("gift").get("p50_ms").isNull());
        assertTrue(json.get("machine").asText().contains(" cores"));
    }

    @Test
    void theTableHasARowForAllAndOnePerKind_thenTheOutcomesAndTheFailuresByName() {
        List<String> lines = report().lines();
        String printed = String.join("\n", lines);

        assertTrue(lines.stream().anyMatch(l -> l.startsWith("all ") && l.contains(" 995 ") && l.contains(" 900 ")),
                printed);
        for (String kind : RecoMix.KINDS) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(kind + " ")), kind);
        }
        assertTrue(lines.contains("outcomes: ok=900, none=95, unavailable=2"), printed);
        assertTrue(lines.contains("failures: no_reply=3, outcome_unavailable=2"), printed);
        assertTrue(printed.contains("2 category, 2 budget, 2 feature, 1 gift, 2 similar, 1 for_me"), printed);
    }

    private static RecoReport report() {
        Map<String, AnswerFigures> byKind = new LinkedHashMap<>();
        RecoMix.KINDS.forEach(kind -> byKind.put(kind, kind.equals("gift") ? NOTHING : OK));
        return new RecoReport(new BenchPlan("reco", 50, 30, 5, 50),
                new StackTargets(URI.create("http://localhost:8080"), "localhost:19092", "test"), "r1", 4,
                "acks=all", SOME_FAILED, byKind, 0);
    }
}
