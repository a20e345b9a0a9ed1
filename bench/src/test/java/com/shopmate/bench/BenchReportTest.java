package com.shopmate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.bench.stats.LatencySummary;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchReportTest {

    private static final LatencySummary RAW =
            new LatencySummary(2000, 2000, 0, Map.of(), 199.9, 4.0, 7.0, 8.0, 10.0, 15.0, 20.0);
    private static final LatencySummary E2E =
            new LatencySummary(2000, 1998, 2, Map.of("http_504", 2L), 199.5, 30.0, 35.0, 40.0, 50.0, 900.0, 10_000.0);

    @Test
    void theLastLineIsOneJsonObjectWithBothMeasurementsAndTheRatios() throws IOException {
        List<String> lines = report(E2E).lines();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));

        assertEquals(200, json.get("rate").asInt());
        assertEquals(10, json.get("duration_s").asInt());
        assertEquals(1998, json.get("e2e").get("received").asLong());
        assertEquals(2, json.get("e2e").get("errors").asLong());
        assertEquals(4.0, json.get("kafka_raw").get("p50_ms").asDouble());
        for (String field : List.of("sent", "received", "errors", "throughput", "p50_ms", "p95_ms", "p99_ms",
                "max_ms")) {
            assertTrue(json.get("kafka_raw").has(field), field);
            assertTrue(json.get("e2e").has(field), field);
        }
        assertEquals(7.5, json.get("ratio_p50").asDouble());
        assertEquals(5.0, json.get("ratio_p95").asDouble());
        assertEquals(5.0, json.get("ratio_p99").asDouble());
        assertTrue(json.get("machine").asText().contains("cores"), json.get("machine").asText());
    }

    @Test
    void theTableSaysTheRunsWereSequentialAndBreaksErrorsDown() {
        String text = String.join("\n", report(E2E).lines());

        assertTrue(text.contains("one after the other (kafka raw first, then e2e)"), text);
        assertTrue(text.contains("e2e errors: http_504=2"), text);
        assertTrue(text.contains("ratio e2e/raw: p50 7.50x, p95 5.00x, p99 5.00x"), text);
    }

    @Test
    void aRawOnlyRunHasNoE2eNorRatios() throws IOException {
        List<String> lines = report(null).lines();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));

        assertFalse(json.has("e2e"));
        assertFalse(json.has("ratio_p50"));
        assertTrue(json.has("kafka_raw"));
    }

    @Test
    void missingLatenciesAreJsonNull() throws IOException {
        var nothing = new LatencySummary(10, 0, 10, Map.of("connect_failed", 10L), 0,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        List<String> lines = report(nothing).lines();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));

        assertTrue(json.get("e2e").get("p99_ms").isNull());
        assertTrue(json.get("ratio_p99").isNull());
    }

    private static BenchReport report(LatencySummary e2e) {
        var plan = new BenchPlan(e2e == null ? "kafka-raw" : "e2e", 200, 10, 3, 50);
        var targets = new StackTargets(URI.create("http://localhost:8080"), "localhost:19092", "test");
        return new BenchReport(plan, targets, "r1", 4, "acks=1", RAW, e2e);
    }
}
