package com.shopmate.scenarios;

import com.shopmate.scenarios.Scenario.Expectation;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds one answer against one turn's expectation and says, in words, each way it falls short: an empty list is a
 * passed turn.
 */
public final class ExpectationCheck {

    private ExpectationCheck() {
    }

    public static List<String> problems(Expectation expect, BotAnswer answer) {
        if (!answer.answered()) {
            return List.of("no answer: " + answer.failure());
        }
        String replies = ComparableText.of(answer.joined());
        List<String> problems = new ArrayList<>();
        List<String> missing = expect.allOf().stream().filter(s -> !replies.contains(ComparableText.of(s))).toList();
        if (!missing.isEmpty()) {
            problems.add("missing " + quoted(missing));
        }
        if (!expect.anyOf().isEmpty()
                && expect.anyOf().stream().noneMatch(s -> replies.contains(ComparableText.of(s)))) {
            problems.add("none of " + quoted(expect.anyOf()));
        }
        List<String> forbidden = expect.noneOf().stream().filter(s -> replies.contains(ComparableText.of(s))).toList();
        if (!forbidden.isEmpty()) {
            problems.add("forbidden " + quoted(forbidden));
        }
        // A channel that cannot tell (SMS) is not held to the flag.
        if (expect.handoff() != null && answer.handoff() != null && !expect.handoff().equals(answer.handoff())) {
            problems.add(expect.handoff() ? "no handoff, expected one" : "handed off, expected no handoff");
        }
        return problems;
    }

    private static String quoted(List<String> strings) {
        return String.join(", ", strings.stream().map(s -> "\"" + s + "\"").toList());
    }
}
