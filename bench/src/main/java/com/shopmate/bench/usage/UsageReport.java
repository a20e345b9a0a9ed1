package com.shopmate.bench.usage;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopmate.bench.ReportJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CPU and memory per component over a bench window, with the stack's total (the bench itself apart) and how much of
 * the machine's CPU that was.
 */
public record UsageReport(List<ComponentUsage> components, double windowSeconds, long messages, int cores) {

    private static final String ROW = "%-26s %12s %10s %9s %10s";

    public double stackCpuMsPerMessage() {
        return stack().stream().mapToDouble(ComponentUsage::cpuMsPerMessage).filter(v -> !Double.isNaN(v)).sum();
    }

    public double stackPeakMemoryMb() {
        return stack().stream().mapToDouble(ComponentUsage::peakMemoryMb).sum();
    }

    private List<ComponentUsage> stack() {
        return components.stream().filter(c -> !UsageSampler.BENCH.equals(c.component())).toList();
    }

    /** Share of all the machine's cores, in percent. */
    private double machineShare(double cpuMillis) {
        return windowSeconds > 0 ? cpuMillis / (windowSeconds * 1000 * cores) * 100 : Double.NaN;
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "CPU and memory over the %.0f s of the run (%d messages incl. warm-up,"
                + " %d cores; peak memory is PSS):", windowSeconds, messages, cores));
        lines.add(String.format(Locale.ROOT, ROW, "component", "cpu ms/msg", "cpu ms", "% machine", "peak MiB"));
        for (ComponentUsage c : components) {
            lines.add(String.format(Locale.ROOT, ROW, c.component() + (c.died() ? " (DIED)" : ""),
                    fixed(c.cpuMsPerMessage(), 2), fixed(c.cpuMillis(), 0), fixed(machineShare(c.cpuMillis()), 1),
                    fixed(c.peakMemoryMb(), 0)));
        }
        double stackCpu = stack().stream().mapToDouble(ComponentUsage::cpuMillis).filter(v -> !Double.isNaN(v)).sum();
        lines.add(String.format(Locale.ROOT, ROW, "stack (all but the bench)", fixed(stackCpuMsPerMessage(), 2),
                fixed(stackCpu, 0), fixed(machineShare(stackCpu), 1), fixed(stackPeakMemoryMb(), 0)));
        return lines;
    }

    public ObjectNode json() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ReportJson.putRounded(node, "window_s", windowSeconds, 1);
        ReportJson.putRounded(node, "stack_cpu_ms_per_msg", stackCpuMsPerMessage(), 3);
        ReportJson.putRounded(node, "stack_peak_memory_mb", stackPeakMemoryMb(), 0);
        ArrayNode rows = node.putArray("components");
        for (ComponentUsage c : components) {
            ObjectNode row = rows.addObject().put("component", c.component());
            ReportJson.putRounded(row, "cpu_ms_per_msg", c.cpuMsPerMessage(), 3);
            ReportJson.putRounded(row, "cpu_ms", c.cpuMillis(), 0);
            ReportJson.putRounded(row, "peak_memory_mb", c.peakMemoryMb(), 0);
            if (c.died()) {
                row.put("died", true);
            }
        }
        return node;
    }

    private static String fixed(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
