package com.shopmate.bench.shopquery;

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

class ShopQueryReportTest {

    private static final LatencySummary OK =
            new LatencySummary(300, 300, 0, Map.of(), 10.0, 5.0, 8.0, 9.0, 12.0, 20.0, 25.0);
    private static final LatencySummary SOME_FAILED = new LatencySummary(1000, 997, 3,
            Map.of("outcome_unavailable", 2L, "no_reply", 1L), 99.7, 6.0, 9.0, 10.0, 15.0, 40.0, 60.0);
    private static final LatencySummary NOTHING = new LatencySummary(0, 0, 0, Map.of(), 0,
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    @Test
    void theLastLineIsOneJsonObject_withTheFiguresOverallAndByKind() throws IOException {
        List<String> lines = report().lines();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));

        assertEquals("shop-query", json.get("bench").asText());
        assertEquals(100, json.get("rate").asInt());
        assertEquals(997, json.get("answered").asLong());
        assertEquals(3, json.get("failed").asLong());
        assertEquals(2, json.get("failures").get("outcome_unavailable").asLong());
        assertEquals(15.0, json.get("p99_ms").asDouble());
        assertEquals(40.0, json.get("p99_9_ms").asDouble());
        assertEquals(300, json.get("by_kind").get("shipment").get("answered").asLong());
        assertTrue(json.get("by_kind").get("product").get("p50_ms").isNull());
        assertTrue(json.get("machine").asText().contains(" cores"));
    }

    @Test
    void theTableHasARowForAllAndOnePerKind_andTheFailuresByName() {
        List<String> lines = report().lines();

        assertTrue(lines.stream().anyMatch(l -> l.startsWith("all ") && l.contains("997")), String.join("\n", lines));
        for (String kind : ShopQueryMix.KINDS) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(kind + " ")), kind);
        }
        assertTrue(lines.contains("failures: no_reply=1, outcome_unavailable=2"), String.join("\n", lines));
    }

    private static ShopQueryReport report() {
        Map<String, LatencySummary> byKind = new LinkedHashMap<>();
        ShopQueryMix.KINDS.forEach(kind -> byKind.put(kind, kind.equals("product") ? NOTHING : OK));
        return new ShopQueryReport(new BenchPlan("shop-query", 100, 10, 3, 50),
                new StackTargets(URI.create("http://localhost:8080"), "localhost:19092", "test"), "r1", 4,
                "acks=all", SOME_FAILED, byKind, 0);
    }
}
