package com.shopmate.local;

import com.shopmate.servers.process.Poll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The restart loop with a stand-in component (a {@code sleep}), without any server. */
class ComponentRestarterTest {

    @TempDir
    Path repo;

    private RunningStack stack;
    private SleepingComponent component;

    @BeforeEach
    void aStackOfOneComponent() {
        stack = new RunningStack(StackOptions.defaults(repo).infraOnly());
        component = new SleepingComponent();
        component.launch();
        stack.add(component);
        stack.restartComponentsThatDie();
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    @Test
    void aComponentThatDies_isLaunchedAgain_andThePidsFileRecordsItsNewProcess() {
        long first = component.pid();
        ProcessHandle.of(first).orElseThrow().destroyForcibly();

        Poll.until(System.nanoTime() + Duration.ofSeconds(10).toNanos(), Duration.ofMillis(100),
                () -> component.launches.get() == 2 && component.isRunning() && recorded().isPresent(),
                () -> new IllegalStateException("not relaunched: " + component.launches.get() + " launches"));

        assertNotEquals(first, component.pid());
        assertEquals(Optional.of(component.pid()), recorded());
    }

    @Test
    void aComponentStoppedWithTheStack_isNotLaunchedAgain() throws InterruptedException {
        stack.close();
        Thread.sleep(RestartBackoff.INITIAL.plus(ComponentRestarter.CHECK_EVERY).multipliedBy(2).toMillis());

        assertEquals(1, component.launches.get());
        assertEquals(Optional.empty(), recorded());
    }

    private Optional<Long> recorded() {
        List<ComponentProcess> pids = ComponentPidFile.read(stack.options().componentPidFile());
        return pids.stream().filter(p -> p.component().equals(SleepingComponent.NAME)).map(ComponentProcess::pid)
                .findFirst();
    }

    /** A process that runs until it is killed; its marker is its own argument. */
    private static final class SleepingComponent implements StackComponent {

        static final String NAME = "sleeper";
        static final String MARKER = "3607";

        final AtomicInteger launches = new AtomicInteger();
        private volatile Process process;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public Stage stage() {
            return Stage.SERVICE;
        }

        @Override
        public void launch() {
            try {
                process = new ProcessBuilder("sleep", MARKER).start();
                launches.incrementAndGet();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        long pid() {
            return process.pid();
        }

        @Override
        public void awaitReady() {
        }

        @Override
        public String readyMessage() {
            return NAME + " sleeps";
        }

        @Override
        public Optional<ComponentProcess> recorded() {
            return Optional.ofNullable(process).map(p -> new ComponentProcess(NAME, p.pid(), MARKER));
        }

        @Override
        public void close() {
            if (process != null) {
                process.destroyForcibly();
                process.onExit().join();
            }
        }
    }
}
