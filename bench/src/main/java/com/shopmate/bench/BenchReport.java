package com.shopmate.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopmate.bench.stats.LatencySummary;
import com.shopmate.bench.usage.UsageReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static com.shopmate.bench.ReportJson.putRounded;

/**
 * The printed result: a header saying what ran where, one table row per measurement, the e2e/raw ratios, and as
 * the last line one JSON object with the same figures for scripts.
 *
 * @param e2e   null when only the raw round trip ran
 * @param usage CPU and memory per component during the e2e run; null when not measured
 */
public record BenchReport(
        BenchPlan plan,
        StackTargets targets,
        String runId,
        int partitions,
        String rawSettings,
        LatencySummary raw,
        LatencySummary e2e,
        UsageReport usage) {

    public BenchReport(BenchPlan plan, StackTargets targets, String runId, int partitions, String rawSettings,
                       LatencySummary raw, LatencySummary e2e) {
        this(plan, targets, runId, partitions, rawSettings, raw, e2e, null);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROW = "%-30s %8s %9s %7s %9s %9s %9s %9s %9s";

    public List<String> lines() {
        var lines = new ArrayList<String>();
        lines.add(String.format(Locale.ROOT, "Shopmate bench %s: %d msg/s for %d s after %d s of warm-up,"
                        + " %d conversations, run %s", plan.bench(), plan.rate(), plan.durationSeconds(),
                plan.warmupSeconds(), plan.conversations(), runId));
        lines.add("  Kafka " + targets.kafka() + (e2e != null ? ", gateway " + targets.gateway() : "")
                + " (" + targets.note() + ")");
        lines.add("  kafka raw: bench.hop1 -> bench.hop2 -> bench.hop3, " + partitions + " partitions, " + rawSettings);
        if (e2e != null) {
            lines.add("  e2e: POST /v1/conversations/{id}/messages?wait=10 -> 200 with the replies"
                    + " (gateway -> nlu -> dialogue -> gateway)");
            lines.add("  The two measurements ran one after the other (kafka raw first, then e2e), never at the same"
                    + " time.");
        }
        lines.add("  Latency is from each message's scheduled send time (open loop) to its reply.");
        lines.add("");
        lines.add(String.format(Locale.ROOT, ROW, "measurement", "sent", "received", "errors", "msg/s",
                "p50 ms", "p95 ms", "p99 ms", "max ms"));
        lines.add(row("kafka raw (3 hops, no work)", raw));
        if (e2e != null) {
            lines.add(row("e2e (through the platform)", e2e));
        }
        errorLine("kafka raw", raw).ifPresent(lines::add);
        if (e2e != null) {
            errorLine("e2e", e2e).ifPresent(lines::add);
            lines.add(String.format(Locale.ROOT, "ratio e2e/raw: p50 %s, p95 %s, p99 %s",
                    times(LatencySummary.ratio(e2e.p50Ms(), raw.p50Ms())),
                    times(LatencySummary.ratio(e2e.p95Ms(), raw.p95Ms())),
                    times(LatencySummary.ratio(e2e.p99Ms(), raw.p99Ms()))));
        }
        if (usage != null) {
            lines.add("");
            lines.addAll(usage.lines());
        }
        lines.add(json());
        return lines;
    }

    String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("rate", plan.rate());
        root.put("duration_s", plan.durationSeconds());
        if (e2e != null) {
            root.set("e2e", summary(e2e));
        }
        root.set("kafka_raw", summary(raw));
        if (e2e != null) {
            putRounded(root, "ratio_p50", LatencySummary.ratio(e2e.p50Ms(), raw.p50Ms()), 2);
            putRounded(root, "ratio_p95", LatencySummary.ratio(e2e.p95Ms(), raw.p95Ms()), 2);
            putRounded(root, "ratio_p99", LatencySummary.ratio(e2e.p99Ms(), raw.p99Ms()), 2);
        }
        if (usage != null) {
            root.set("usage", usage.json());
        }
        root.put("machine", ReportJson.machine());
        return root.toString();
    }

    private static ObjectNode summary(LatencySummary s) {
        ObjectNode node = JSON.createObjectNode();
        node.put("sent", s.sent());
        node.put("received", s.received());
        node.put("errors", s.errors());
        putRounded(node, "throughput", s.throughput(), 1);
        putRounded(node, "p50_ms", s.p50Ms(), 2);
        putRounded(node, "p95_ms", s.p95Ms(), 2);
        putRounded(node, "p99_ms", s.p99Ms(), 2);
        putRounded(node, "max_ms", s.maxMs(), 2);
        return node;
    }

    private static String row(String name, LatencySummary s) {
        return String.format(Locale.ROOT, ROW, name, s.sent(), s.received(), s.errors(),
                String.format(Locale.ROOT, "%.1f", s.throughput()),
                ms(s.p50Ms()), ms(s.p95Ms()), ms(s.p99Ms()), ms(s.maxMs()));
    }

    private static Optional<String> errorLine(String name, LatencySummary s) {
        if (s.errorKinds().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("  " + name + " errors: " + s.errorKinds().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String times(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2fx", ratio);
    }
}
