package com.shopmate.bench.capacity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopmate.bench.ReportJson;
import com.shopmate.bench.stats.LatencySummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every step of a capacity search and the rate that held; the last line is JSON. */
public record CapacityReport(CapacityPlan plan, List<CapacitySearch.Step> steps, int heldRate) {

    private static final String ROW = "%-5s %7s %5s %8s %9s %7s %9s %9s %9s  %s";

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Shopmate bench capacity: from %d msg/s up by %d, %d s a step, until p99 >"
                        + " %.0f ms or a reply is missing; the best rate held for %d s; %d conversations",
                plan.startRate(), plan.stepRate(), plan.stepSeconds(), plan.maxP99Ms(), plan.holdSeconds(),
                plan.conversations()));
        lines.add("");
        lines.add(String.format(Locale.ROOT, ROW, "phase", "msg/s", "s", "sent", "received", "errors", "p50 ms",
                "p99 ms", "max ms", ""));
        for (CapacitySearch.Step step : steps) {
            LatencySummary s = step.summary();
            lines.add(String.format(Locale.ROOT, ROW, step.phase(), step.rate(), step.seconds(), s.sent(),
                    s.received(), s.errors(), ms(s.p50Ms()), ms(s.p99Ms()), ms(s.maxMs()),
                    step.passed() ? "held" : "NOT held"));
        }
        lines.add("");
        lines.add(heldRate > 0
                ? String.format(Locale.ROOT, "capacity: %d msg/s held for %d s", heldRate, plan.holdSeconds())
                : "capacity: no rate held, not even " + plan.startRate() + " msg/s");
        lines.add(json());
        return lines;
    }

    String json() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("capacity_msg_s", heldRate);
        root.put("hold_s", plan.holdSeconds());
        ReportJson.putRounded(root, "max_p99_ms", plan.maxP99Ms(), 0);
        ArrayNode rows = root.putArray("steps");
        for (CapacitySearch.Step step : steps) {
            ObjectNode row = rows.addObject().put("phase", step.phase()).put("rate", step.rate())
                    .put("seconds", step.seconds()).put("sent", step.summary().sent())
                    .put("received", step.summary().received()).put("errors", step.summary().errors());
            ReportJson.putRounded(row, "p50_ms", step.summary().p50Ms(), 2);
            ReportJson.putRounded(row, "p99_ms", step.summary().p99Ms(), 2);
            row.put("held", step.passed());
        }
        root.put("machine", ReportJson.machine());
        return root.toString();
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }
}
