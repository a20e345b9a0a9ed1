package com.shopmate.cli.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.cli.CliRun;
import com.shopmate.cli.Workspace;
import com.shopmate.local.ComponentHealth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** status of a stack that runs (a stand-in process whose command line names the stack's class) with a dead service. */
class StatusCommandTest {

    @TempDir
    Path repo;

    private Path dataDir;
    private Workspace workspace;
    private Process stack;
    private ServerSocket kafkaPort;

    @BeforeEach
    void aStackWhoseDialogueServiceDied() throws IOException {
        dataDir = Files.createDirectories(repo.resolve("data"));
        workspace = new Workspace(repo, Map.of("SHOPMATE_DATA_DIR", dataDir.toString()));
        // The argument after the script is its $0: it only makes the command line the stack's; "; true" keeps bash
        // from exec-ing sleep in its place.
        stack = new ProcessBuilder("bash", "-c", "sleep 60; true", "com.shopmate.local.LocalStack").start();
        kafkaPort = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Files.writeString(dataDir.resolve("stack.pid"), stack.pid() + "\n");
        Files.writeString(dataDir.resolve("stack.env"), String.join("\n",
                "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:" + kafkaPort.getLocalPort(),
                "SERVICES=dialogue-service",
                "DIALOGUE_SERVICE_URL=http://127.0.0.1:1",
                "STACK_PID=" + stack.pid(), ""));
        Files.writeString(dataDir.resolve("pids"), "kafka " + stack.pid() + " com.shopmate.local.LocalStack\n");
    }

    @AfterEach
    void stop() throws IOException {
        stack.destroyForcibly();
        kafkaPort.close();
    }

    @Test
    void aStackWithADeadService_isNotUp_eachComponentHasItsLine_andTheExitCodeIsOne() {
        CliRun run = CliRun.of(workspace, "status");

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().startsWith("Shopmate local stack runs (pid " + stack.pid() + "), but 3 of 4 components"
                + " are down or not ready: redis, postgres, dialogue-service\n"), run.out());
        assertTrue(run.out().contains(String.format("  kafka                  pid %-7d alive  port 127.0.0.1:%d answers\n",
                stack.pid(), kafkaPort.getLocalPort())), run.out());
        assertTrue(run.out().contains("  dialogue-service       no process  down   not ready"
                + " (http://127.0.0.1:1/q/health/ready)\n"), run.out());
    }

    @Test
    void json_saysTheSame_inOneObject() throws IOException {
        CliRun run = CliRun.of(workspace, "status", "--json");

        assertEquals(1, run.exitCode(), run.out());
        JsonNode status = new ObjectMapper().readTree(run.out());
        assertEquals("degraded", status.get("state").asText());
        assertFalse(status.get("healthy").asBoolean());
        assertEquals(4, status.get("components").size());
        JsonNode dialogue = status.get("components").get(3);
        assertEquals("dialogue-service", dialogue.get("name").asText());
        assertTrue(dialogue.get("pid").isNull());
        assertFalse(dialogue.get("alive").asBoolean());
    }

    @Test
    void json_withNoStack_saysNotRunning_andExitsThree() throws IOException {
        stack.destroyForcibly();
        stack.onExit().join();

        CliRun run = CliRun.of(workspace, "status", "--json");

        assertEquals(3, run.exitCode());
        assertEquals("not running", new ObjectMapper().readTree(run.out()).get("state").asText());
    }

    @Test
    void aServerIsShownByItsPort_aServiceByItsReadinessUrl() {
        assertEquals("  redis                  pid 7       alive  port 127.0.0.1:6379 does not answer",
                ComponentTable.line(new ComponentHealth("redis", Optional.of(7L), true, false, "127.0.0.1:6379")));
        assertEquals("  nlu-service            pid 8       alive  ready (http://127.0.0.1:8081/q/health/ready)",
                ComponentTable.line(new ComponentHealth("nlu-service", Optional.of(8L), true, true,
                        "http://127.0.0.1:8081/q/health/ready")));
    }
}
