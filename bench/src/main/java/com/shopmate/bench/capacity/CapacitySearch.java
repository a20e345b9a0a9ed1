package com.shopmate.bench.capacity;

import com.shopmate.bench.e2e.GatewayLoad;
import com.shopmate.bench.load.OpenLoopSchedule;
import com.shopmate.bench.stats.LatencySummary;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The highest rate the platform holds: the rate goes up a step at a time while every reply arrives and p99 stays
 * within the objective; the last rate that passed is then held for a longer run, and a step lower each time that
 * fails, until one holds. The answer is a rate that held for the whole hold, never a rate a short step happened to
 * pass.
 */
public final class CapacitySearch {

    /** One measured run at one rate. */
    public record Step(String phase, int rate, int seconds, LatencySummary summary, boolean passed) {
    }

    private final GatewayLoad gateway;
    private final CapacityPlan plan;
    private final PrintStream progress;
    private final List<Step> steps = new ArrayList<>();
    private long nextIndex;

    public CapacitySearch(GatewayLoad gateway, CapacityPlan plan, PrintStream progress) {
        this.gateway = gateway;
        this.plan = plan;
        this.progress = progress;
    }

    /** @return the report: every step, and the rate held (0 when even the first step failed to hold) */
    public CapacityReport run() throws InterruptedException {
        int lastPassed = 0;
        for (int rate = plan.startRate(); rate <= plan.maxRate(); rate += plan.stepRate()) {
            if (!measure("step", rate, plan.stepSeconds()).passed()) {
                break;
            }
            lastPassed = rate;
        }
        int held = 0;
        for (int rate = lastPassed; rate > 0 && held == 0; rate -= plan.stepRate()) {
            if (measure("hold", rate, plan.holdSeconds()).passed()) {
                held = rate;
            }
        }
        return new CapacityReport(plan, List.copyOf(steps), held);
    }

    private Step measure(String phase, int rate, int seconds) throws InterruptedException {
        progress.printf(Locale.ROOT, "bench: capacity: %s at %d msg/s for %d s (+%d s warm-up) …%n", phase, rate,
                seconds, plan.warmupSeconds());
        var schedule = new OpenLoopSchedule(rate, plan.warmupSeconds(), seconds);
        LatencySummary summary = gateway.run(schedule, nextIndex);
        nextIndex += schedule.totalCount();
        boolean passed = summary.errors() == 0 && summary.received() == summary.sent()
                && summary.p99Ms() <= plan.maxP99Ms();
        progress.printf(Locale.ROOT, "bench: capacity: %s %d msg/s: p99 %.1f ms, %d of %d answered: %s%n", phase,
                rate, summary.p99Ms(), summary.received(), summary.sent(), passed ? "held" : "NOT held");
        Step step = new Step(phase, rate, seconds, summary, passed);
        steps.add(step);
        return step;
    }
}
