package com.shopmate.cli.agents;

import com.shopmate.cli.CliRun;
import com.shopmate.cli.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgentCommandTest {

    @TempDir
    Path repo;

    @BeforeEach
    void fakeRepository() throws IOException {
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Files.createDirectories(repo.resolve("event-schemas"));
    }

    private CliRun run(String... args) {
        return CliRun.of(new Workspace(repo, Map.of()), args);
    }

    @Test
    void withoutAPassword_isAUsageMistake_exitTwo() {
        CliRun run = run("agent", "add", "--username", "li.na", "--name", "李娜");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--password"), run.err());
    }

    @Test
    void twoWaysOfGivingThePassword_isAUsageMistake() {
        CliRun run = run("agent", "add", "--username", "li.na", "--name", "李娜", "--password", "long enough",
                "--password-stdin");

        assertEquals(2, run.exitCode());
    }

    @Test
    void anUnknownRole_isAUsageMistake() {
        CliRun run = run("agent", "add", "--username", "li.na", "--name", "李娜", "--password", "long enough",
                "--role", "admin");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--role must be agent or supervisor"), run.err());
    }

    @Test
    void withoutARunningStack_saysSoInOneLine() {
        CliRun run = run("agent", "add", "--username", "li.na", "--name", "李娜", "--password", "long enough");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("shopmate: no running stack with agent-console"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
