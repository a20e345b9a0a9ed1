package com.shopmate.cli.stack;

import com.shopmate.cli.CliRun;
import com.shopmate.cli.Workspace;
import org.junit.jupiter.api.AfterEach;
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

/** status and down against a data directory left behind, with a live process that is not a stack. */
class StackStateCommandsTest {

    @TempDir
    Path repo;

    private Path dataDir;
    private Workspace workspace;
    private Process stranger;

    @BeforeEach
    void dataDirectory() throws IOException {
        dataDir = Files.createDirectories(repo.resolve("data"));
        workspace = new Workspace(repo, Map.of("SHOPMATE_DATA_DIR", dataDir.toString()));
        // A pid that is alive but no stack: what a stack.pid names once its pid was reused.
        stranger = new ProcessBuilder("sleep", "60").start();
    }

    @AfterEach
    void stopTheStranger() {
        stranger.destroyForcibly();
    }

    @Test
    void status_withNoStack_saysNotRunning_andExitsThree() {
        CliRun run = CliRun.of(workspace, "status");

        assertEquals(3, run.exitCode());
        assertEquals("not running\n", run.out());
    }

    @Test
    void status_takesAPidFileWhosePidRunsSomethingElse_forNoStack() throws IOException {
        Files.writeString(dataDir.resolve("stack.pid"), stranger.pid() + "\n");

        CliRun run = CliRun.of(workspace, "status");

        assertEquals(3, run.exitCode());
        assertTrue(stranger.isAlive(), "a stranger is never signalled");
    }

    @Test
    void status_pointsAtTheServersAKilledStackLeft() throws IOException {
        Files.writeString(dataDir.resolve("pids"), "kafka " + Integer.MAX_VALUE + " -Dshopmate.local-stack=" + dataDir + "\n");

        CliRun run = CliRun.of(workspace, "status");

        assertEquals(3, run.exitCode());
        assertTrue(run.out().contains("./shopmate down stops them"), run.out());
    }

    @Test
    void down_withAStalePidFile_signalsNobody_removesStackEnv_andSaysNotRunning() throws IOException {
        Files.writeString(dataDir.resolve("stack.pid"), stranger.pid() + "\n");
        Files.writeString(dataDir.resolve("stack.env"), "GATEWAY_URL=http://127.0.0.1:8080\n");

        CliRun run = CliRun.of(workspace, "down");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("not running\n", run.out());
        assertFalse(Files.exists(dataDir.resolve("stack.env")));
        assertTrue(stranger.isAlive(), "a stranger is never signalled");
    }

    @Test
    void down_afterAKilledStack_stopsWhatStillRunsOfIt_andForgetsTheRest() throws IOException {
        // The stranger's command line does not carry this data directory's marker: it is not the stack's any more.
        Files.writeString(dataDir.resolve("pids"), "kafka " + stranger.pid() + " -Dshopmate.local-stack=" + dataDir + "\n");

        CliRun run = CliRun.of(workspace, "down");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("The stack is not running, but did not stop what it started (" + dataDir.resolve("pids") + "):\n"
                + "  none of its processes runs any more\nstopped\n", run.out());
        assertFalse(Files.exists(dataDir.resolve("pids")));
        assertTrue(stranger.isAlive(), "a stranger is never signalled");
    }

    @Test
    void down_refusesATimeoutThatIsNoNumber() {
        CliRun run = CliRun.of(new Workspace(repo, Map.of("SHOPMATE_DATA_DIR", dataDir.toString(),
                "SHOPMATE_DOWN_TIMEOUT", "soon")), "down");

        assertEquals(1, run.exitCode());
        assertEquals("shopmate: SHOPMATE_DOWN_TIMEOUT must be whole seconds, at least 1; got 'soon'\n", run.err());
    }
}
