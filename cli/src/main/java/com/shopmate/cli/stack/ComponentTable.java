package com.shopmate.cli.stack;

import com.shopmate.local.ComponentHealth;

import java.util.List;
import java.util.Locale;

/** {@code status}' line per component: name, pid, alive or down, and whether it answers where it was checked. */
final class ComponentTable {

    private static final String ROW = "  %-22s %-11s %-6s %s";

    private ComponentTable() {
    }

    static List<String> lines(List<ComponentHealth> components) {
        return components.stream().map(ComponentTable::line).toList();
    }

    static String line(ComponentHealth component) {
        String pid = component.pid().map(p -> "pid " + p).orElse("no process");
        String answer = component.address().contains("/q/health/")
                ? (component.ready() ? "ready" : "not ready") + " (" + component.address() + ")"
                : "port " + component.address() + (component.ready() ? " answers" : " does not answer");
        return String.format(Locale.ROOT, ROW, component.name(), pid, component.alive() ? "alive" : "down", answer)
                .stripTrailing();
    }
}
