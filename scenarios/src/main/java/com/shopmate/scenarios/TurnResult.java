package com.shopmate.scenarios;

import com.shopmate.scenarios.Scenario.Turn;

import java.util.ArrayList;
import java.util.List;

/**
 * One turn played: what the bot answered and how it fell short (nothing: passed).
 *
 * @param number the turn's place in its scenario, from 1
 */
public record TurnResult(Scenario scenario, int number, Turn turn, BotAnswer answer, List<String> problems) {

    public TurnResult {
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** A failed turn as the runner prints it: where, what the shopper wrote, what was wrong, what the bot said. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("FAIL " + scenario.id() + " turn " + number + "/" + scenario.turns().size() + " ("
                + scenario.language() + ", " + scenario.channel().wireName() + ", " + scenario.flow() + ")");
        lines.add("  user: " + turn.user());
        problems.forEach(problem -> lines.add("  - " + problem));
        if (answer.messages().isEmpty()) {
            lines.add("  bot:  (nothing)");
        }
        String label = "  bot:  ";
        for (String message : answer.messages()) {
            for (String line : message.split("\n", -1)) {
                lines.add(label + line);
                label = "        ";
            }
        }
        return lines;
    }
}
