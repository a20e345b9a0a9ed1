package com.shopmate.local;

import com.shopmate.servers.process.Poll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A component killed with {@code kill -9} comes back by itself, on its port, and {@code status} sees it healthy.
 * A small stack of its own (the servers and dialogue-service): killing a service of the shared one would make the
 * other end-to-end tests flaky.
 */
class ComponentRestartIT {

    private static final String SERVICE = "dialogue-service";
    private static final Duration BACK_WITHIN = Duration.ofSeconds(90);

    private static RunningStack stack;

    @BeforeAll
    static void start() {
        StackOptions options = StackOptions.forTests();
        stack = LocalStack.start(options.withServices(
                options.services().stream().filter(s -> s.module().equals(SERVICE)).toList()));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aServiceKilledWithSigkill_isRestarted_answersReadyAgain_andThePidsFileHasItsNewProcess() {
        long killed = killHard(SERVICE);

        long restarted = awaitHealthyWithNewPid(SERVICE, killed);

        assertEquals(restarted, recordedPids().get(SERVICE), "the pids file records the new process");
        assertTrue(Files.isRegularFile(stack.options().logsDir().resolve(SERVICE + ".previous.log")),
                "the log of the run that died is kept");
    }

    @Test
    void redisKilledWithSigkill_isRestartedOnItsPort() {
        long killed = killHard(RedisComponent.NAME);

        awaitHealthyWithNewPid(RedisComponent.NAME, killed);
    }

    @Test
    void postgresKilledWithSigkill_isRestartedOnItsDataAndPort() {
        long killed = killHard(PostgresComponent.NAME);

        awaitHealthyWithNewPid(PostgresComponent.NAME, killed);
    }

    @Test
    void kafkaKilledWithSigkill_isRestartedOnItsLogAndPort() {
        long killed = killHard(KafkaComponent.NAME);

        awaitHealthyWithNewPid(KafkaComponent.NAME, killed);
    }

    private static long killHard(String component) {
        long pid = stack.pids().get(component);
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly();
        process.onExit().join();
        return pid;
    }

    private static long awaitHealthyWithNewPid(String component, long killed) {
        Poll.until(System.nanoTime() + BACK_WITHIN.toNanos(), Duration.ofMillis(250), () -> {
            List<ComponentHealth> health = StackHealth.check(stack.dataDir());
            return health.stream().anyMatch(c -> c.name().equals(component) && c.healthy()
                    && c.pid().orElse(killed) != killed);
        }, () -> new IllegalStateException(component + " did not come back within " + BACK_WITHIN.toSeconds() + " s: "
                + StackHealth.check(stack.dataDir())));
        long restarted = stack.pids().get(component);
        assertNotEquals(killed, restarted);
        return restarted;
    }

    private static Map<String, Long> recordedPids() {
        return ComponentPidFile.read(stack.options().componentPidFile()).stream()
                .collect(Collectors.toMap(ComponentProcess::component, ComponentProcess::pid));
    }
}
