package com.shopmate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopmateCliTest {

    @TempDir
    Path repo;

    @Test
    void help_listsEveryCommand_theModelCommandsToo_andTheEnvironment() {
        CliRun run = CliRun.of(new Workspace(repo, Map.of()), "help");

        assertEquals(0, run.exitCode());
        for (String command : List.of("up", "down", "status", "chat", "scenarios", "bench", "train", "nlu-eval",
                "sentiment-eval", "sentiment-pack-eval", "reco-eval", "rasa-import", "help")) {
            assertTrue(run.out().contains("\n  " + command + " "), command + " in:\n" + run.out());
        }
        assertTrue(run.out().contains("SHOPMATE_DOWN_TIMEOUT"), run.out());
    }

    @Test
    void noCommand_printsTheSameUsage() {
        assertEquals(CliRun.of(new Workspace(repo, Map.of()), "help").out(),
                CliRun.of(new Workspace(repo, Map.of())).out());
    }

    @Test
    void everyCommandAnswersHelp_fromTheOneCli() {
        for (String[] args : List.of(new String[]{"up", "--help"}, new String[]{"down", "--help"},
                new String[]{"status", "--help"}, new String[]{"chat", "--help"}, new String[]{"scenarios", "--help"},
                new String[]{"bench", "--help"},
                new String[]{"bench", "e2e", "--help"}, new String[]{"bench", "kafka-raw", "--help"},
                new String[]{"bench", "shop-query", "--help"}, new String[]{"bench", "reco", "--help"},
                new String[]{"train", "--help"}, new String[]{"train", "sentiment", "--help"},
                new String[]{"nlu-eval", "--help"}, new String[]{"sentiment-eval", "--help"},
                new String[]{"sentiment-pack-eval", "--help"}, new String[]{"reco-eval", "--help"},
                new String[]{"rasa-import", "--help"},
                new String[]{"help", "up"})) {
            CliRun run = CliRun.of(new Workspace(repo, Map.of()), args);
            assertEquals(0, run.exitCode(), String.join(" ", args));
            assertTrue(run.out().startsWith("Usage: shopmate "), run.out());
        }
    }

    @Test
    void anUnknownCommand_isAUsageError_withoutAStackTrace() {
        CliRun run = CliRun.of(new Workspace(repo, Map.of()), "upp");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Unmatched argument at index 0: 'upp'"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
