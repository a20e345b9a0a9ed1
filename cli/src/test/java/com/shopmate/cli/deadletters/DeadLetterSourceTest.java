package com.shopmate.cli.deadletters;

import com.shopmate.cli.CliRun;
import com.shopmate.cli.Workspace;
import com.shopmate.local.StackException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadLetterSourceTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void sinceTakesAnAgeOrAnInstant() {
        assertEquals(Instant.parse("2026-12-06T11:30:00Z"), DeadLetterSource.parseSince("30m", NOON));
        assertEquals(Instant.parse("2026-12-05T12:00:00Z"), DeadLetterSource.parseSince("1d", NOON));
        assertEquals(Instant.parse("2026-12-06T08:00:00Z"), DeadLetterSource.parseSince("2026-12-06T08:00:00Z", NOON));
        assertThrows(StackException.class, () -> DeadLetterSource.parseSince("yesterday", NOON));
    }

    @Test
    void withNoStackAndNoBroker_itSaysHowToGetOne(@TempDir Path repo) {
        Workspace workspace = new Workspace(repo, Map.of("SHOPMATE_DATA_DIR", repo.resolve("data").toString()));

        CliRun run = CliRun.of(workspace, "dead-letters", "list");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("start it with ./shopmate up, or give --bootstrap-servers"), run.err());
    }

    @Test
    void replayWantsIdsOrAll(@TempDir Path repo) {
        CliRun run = CliRun.of(new Workspace(repo, Map.of()), "dead-letters", "replay");

        assertEquals(2, run.exitCode(), run.err());
    }
}
