package com.shopmate.bench.reco;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopmate.bench.BenchPlan;
import com.shopmate.bench.ReportJson;
import com.shopmate.bench.StackTargets;
import com.shopmate.bench.stats.LatencySummary;
import com.shopmate.events.RecommendationsReady;
import com.shopmate.events.Topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The printed result of a reco run: what ran where, one row for all requests and one per kind, the outcomes and the
 * failures, and as the last line one JSON object with the same figures for scripts.
 *
 * @param unreadable records on the answers topic that were no {@code RecommendationsReady}
 */
public record RecoReport(
        BenchPlan plan,
        StackTargets targets,
        String runId,
        int partitions,
        String producerSettings,
        AnswerFigures all,
        Map<String, AnswerFigures> byKind,
        long unreadable) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROW = "%-10s %7s %8s %6s %6s %6s %6s %8s %8s %8s %8s %9s %9s";

    public RecoReport {
        byKind = Map.copyOf(byKind);
    }

    public List<String> lines() {
        var lines = new ArrayList<String>();
        lines.add(String.format(Locale.ROOT, "Shopmate bench %s: %d requests/s for %d s after %d s of warm-up,"
                        + " %d conversations, run %s", plan.bench(), plan.rate(), plan.durationSeconds(),
                plan.warmupSeconds(), plan.conversations(), runId));
        lines.add("  Kafka " + targets.kafka() + " (" + targets.note() + "); machine: " + ReportJson.machine());
        lines.add("  " + Topics.RECOMMENDATION_REQUESTS + " -> recommendation-service (catalogue and histories from"
                + " the shop API) -> " + Topics.RECOMMENDATIONS + ", " + partitions + " partitions, "
                + producerSettings);
        lines.add("  Mix per 10 requests: " + mix() + "; purpose asked, seed " + RecoMix.SEED
                + "; ok and none are answers, any other outcome is a failure.");
        lines.add("  Latency is from each request's scheduled send time (open loop) to its answer, matched by"
                + " requestId.");
        lines.add("");
        lines.add(String.format(Locale.ROOT, ROW, "kind", "sent", "answered", "ok", "none", "failed", "lost",
                "ans/s", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms"));
        lines.add(row("all", all));
        RecoMix.KINDS.forEach(kind -> lines.add(row(kind, byKind.get(kind))));
        lines.add("outcomes: " + joined(all.outcomes()));
        Map<String, Long> failures = new TreeMap<>(all.latency().errorKinds());
        lines.add("failures: " + (failures.isEmpty() ? "none" : joined(failures)));
        if (unreadable > 0) {
            lines.add("  " + unreadable + " records on " + Topics.RECOMMENDATIONS + " were no RecommendationsReady");
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
        root.setAll(figures(all));
        ObjectNode kinds = root.putObject("by_kind");
        RecoMix.KINDS.forEach(kind -> kinds.set(kind, figures(byKind.get(kind))));
        root.put("unreadable_answers", unreadable);
        root.put("machine", ReportJson.machine());
        return root.toString();
    }

    private static ObjectNode figures(AnswerFigures f) {
        ObjectNode node = ReportJson.answerFigures(f.latency());
        node.put("lost", f.lost());
        ObjectNode outcomes = node.putObject("outcomes");
        f.outcomes().forEach(outcomes::put);
        return node;
    }

    private static String mix() {
        return RecoMix.KINDS.stream()
                .map(kind -> RecoMix.CYCLE.stream().filter(kind::equals).count() + " " + kind)
                .collect(Collectors.joining(", "));
    }

    private static String row(String name, AnswerFigures f) {
        LatencySummary s = f.latency();
        return String.format(Locale.ROOT, ROW, name, s.sent(), s.received(), f.count(RecommendationsReady.OK),
                f.count(RecommendationsReady.NONE), s.errors(), f.lost(),
                String.format(Locale.ROOT, "%.1f", s.throughput()),
                ms(s.p50Ms()), ms(s.p90Ms()), ms(s.p99Ms()), ms(s.p999Ms()), ms(s.maxMs()));
    }

    private static String joined(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }
}
