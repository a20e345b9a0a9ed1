package com.shopmate.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopmate.bench.stats.LatencySummary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** What every bench report's JSON line shares: rounded figures, a missing one as null, and the machine it ran on. */
public final class ReportJson {

    private ReportJson() {
    }

    /** Cores first: on a shared machine the core count explains more of the figures than anything else. */
    public static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", java " + System.getProperty("java.version");
    }

    /** {@code value} to {@code decimals} places; NaN (nothing measured) as JSON null. */
    public static void putRounded(ObjectNode node, String name, double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(name);
        } else {
            node.put(name, BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
        }
    }

    /**
     * One row of a request/answer bench (shop-query, reco): requests sent, answered and failed, the failures by name,
     * answers per second and the latency percentiles.
     */
    public static ObjectNode answerFigures(LatencySummary s) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("sent", s.sent());
        node.put("answered", s.received());
        node.put("failed", s.errors());
        ObjectNode failures = node.putObject("failures");
        s.errorKinds().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> failures.put(e.getKey(), e.getValue()));
        putRounded(node, "throughput", s.throughput(), 1);
        putRounded(node, "p50_ms", s.p50Ms(), 2);
        putRounded(node, "p90_ms", s.p90Ms(), 2);
        putRounded(node, "p99_ms", s.p99Ms(), 2);
        putRounded(node, "p99_9_ms", s.p999Ms(), 2);
        putRounded(node, "max_ms", s.maxMs(), 2);
        return node;
    }
}
