package com.shopmate.bench.shopquery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopmate.bench.BenchPlan;
import com.shopmate.bench.ReportJson;
import com.shopmate.bench.StackTargets;
import com.shopmate.bench.stats.LatencySummary;
import com.shopmate.events.Topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The printed result of a shop query run: what ran where, one row for all queries and one per kind, the failures by
 * kind, and as the last line one JSON object with the same figures for scripts.
 *
 * @param unreadable records on the answers topic that were no {@code ShopQueryAnswered}
 */
public record ShopQueryReport(
        BenchPlan plan,
        StackTargets targets,
        String runId,
        int partitions,
        String producerSettings,
        LatencySummary all,
        Map<String, LatencySummary> byKind,
        long unreadable) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROW = "%-18s %7s %8s %6s %8s %8s %8s %8s %9s %9s";

    public ShopQueryReport {
        byKind = Map.copyOf(byKind);
    }

    public List<String> lines() {
        var lines = new ArrayList<String>();
        lines.add(String.format(Locale.ROOT, "Shopmate bench %s: %d queries/s for %d s after %d s of warm-up,"
                        + " %d conversations, run %s", plan.bench(), plan.rate(), plan.durationSeconds(),
                plan.warmupSeconds(), plan.conversations(), runId));
        lines.add("  Kafka " + targets.kafka() + " (" + targets.note() + "); machine: " + ReportJson.machine());
        lines.add("  " + Topics.SHOP_QUERIES + " -> order-connector (demo shop in PostgreSQL) -> "
                + Topics.SHOP_ANSWERS + ", " + partitions + " partitions, " + producerSettings);
        lines.add("  Mix per 10 queries: " + mix() + "; every query is valid, so any outcome but ok is a failure.");
        lines.add("  Latency is from each query's scheduled send time (open loop) to its answer, matched by queryId.");
        lines.add("");
        lines.add(String.format(Locale.ROOT, ROW, "kind", "sent", "answered", "failed", "ans/s",
                "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms"));
        lines.add(row("all", all));
        ShopQueryMix.KINDS.forEach(kind -> lines.add(row(kind, byKind.get(kind))));
        lines.add("failures: " + (all.errorKinds().isEmpty() ? "none" : failures(all)));
        if (unreadable > 0) {
            lines.add("  " + unreadable + " records on " + Topics.SHOP_ANSWERS + " were no ShopQueryAnswered");
        }
        lines.add(json());
        return lines;
    }

    String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("bench", plan.bench());
        root.put("rate", plan.rate());
        root.put("duration_s", plan.durationSeconds());
        root.put("warmup_s", plan.warmupSeconds());
        root.put("partitions", partitions);
        root.setAll(ReportJson.answerFigures(all));
        ObjectNode kinds = root.putObject("by_kind");
        ShopQueryMix.KINDS.forEach(kind -> kinds.set(kind, ReportJson.answerFigures(byKind.get(kind))));
        root.put("unreadable_answers", unreadable);
        root.put("machine", ReportJson.machine());
        return root.toString();
    }

    private static String mix() {
        return ShopQueryMix.KINDS.stream()
                .map(kind -> ShopQueryMix.CYCLE.stream().filter(kind::equals).count() + " " + kind)
                .collect(Collectors.joining(", "));
    }

    private static String row(String name, LatencySummary s) {
        return String.format(Locale.ROOT, ROW, name, s.sent(), s.received(), s.errors(),
                String.format(Locale.ROOT, "%.1f", s.throughput()),
                ms(s.p50Ms()), ms(s.p90Ms()), ms(s.p99Ms()), ms(s.p999Ms()), ms(s.maxMs()));
    }

    private static String failures(LatencySummary s) {
        return s.errorKinds().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }
}
