package com.shopmate.scenarios;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The suite's tally: turns and scenarios passed, overall and by language, channel and flow, as one line of JSON
 * ({@link #toJson}) that a script can read from the end of the output.
 */
public final class SuiteReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Tally all = new Tally();
    private int scenarios;
    private int scenariosPassed;
    private final Map<String, Tally> byLanguage = new TreeMap<>();
    private final Map<String, Tally> byChannel = new TreeMap<>();
    private final Map<String, Tally> byFlow = new TreeMap<>();

    /** Counts a played scenario, its turns in the order played. */
    public void add(Scenario scenario, List<TurnResult> turns) {
        scenarios++;
        if (turns.stream().allMatch(TurnResult::passed)) {
            scenariosPassed++;
        }
        for (TurnResult turn : turns) {
            all.count(turn);
            byLanguage.computeIfAbsent(scenario.language(), k -> new Tally()).count(turn);
            byChannel.computeIfAbsent(scenario.channel().wireName(), k -> new Tally()).count(turn);
            byFlow.computeIfAbsent(scenario.flow(), k -> new Tally()).count(turn);
        }
    }

    public int turns() {
        return all.turns;
    }

    public int passed() {
        return all.passed;
    }

    /** Passed turns over all turns; 0 when none was played. */
    public double passRate() {
        return all.turns == 0 ? 0 : (double) all.passed / all.turns;
    }

    public int scenarios() {
        return scenarios;
    }

    public int scenariosPassed() {
        return scenariosPassed;
    }

    /**
     * {@code {"turns":N,"passed":N,"pass_rate":0.xx,"scenarios":N,"scenarios_passed":N,"by_language":{"zh":{"turns":N,
     * "passed":N}},"by_channel":{...},"by_flow":{...}}} on one line; the groups' keys sorted.
     */
    public String toJson() {
        ObjectNode json = JSON.createObjectNode();
        json.put("turns", all.turns);
        json.put("passed", all.passed);
        json.put("pass_rate", BigDecimal.valueOf(passRate()).setScale(2, RoundingMode.HALF_UP));
        json.put("scenarios", scenarios);
        json.put("scenarios_passed", scenariosPassed);
        json.set("by_language", groups(byLanguage));
        json.set("by_channel", groups(byChannel));
        json.set("by_flow", groups(byFlow));
        return json.toString();
    }

    private static ObjectNode groups(Map<String, Tally> tallies) {
        ObjectNode groups = JSON.createObjectNode();
        tallies.forEach((key, tally) -> groups.putObject(key).put("turns", tally.turns).put("passed", tally.passed));
        return groups;
    }

    private static final class Tally {
        private int turns;
        private int passed;

        void count(TurnResult turn) {
            turns++;
            if (turn.passed()) {
                passed++;
            }
        }
    }
}
