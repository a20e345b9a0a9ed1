package com.shopmate.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Without starting anything: this test's own JVM stands in for a live process, recorded with or without its marker. */
class LeftoverComponentsTest {

    private static final long SELF = ProcessHandle.current().pid();
    private static final String MY_JAVA = ProcessCommandLine.of(SELF).orElseThrow().get(0);

    @TempDir
    Path dataDir;

    @Test
    void aRecordedProcessStillRunningWhatWasStarted_isALeftover_lastStartedFirst() throws IOException {
        ComponentProcess kafka = new ComponentProcess("kafka", SELF, MY_JAVA);
        ComponentProcess gateway = new ComponentProcess("gateway-service", SELF, MY_JAVA);
        record(kafka, gateway);

        assertEquals(List.of(gateway, kafka), LeftoverComponents.stillRunning(dataDir));
    }

    @Test
    void aPidNowRunningSomethingElse_orGone_isLeftAlone() throws IOException {
        record(new ComponentProcess("kafka", SELF, "-Dshopmate.local-stack=" + dataDir),
                new ComponentProcess("redis", Integer.MAX_VALUE, MY_JAVA));

        assertEquals(List.of(), LeftoverComponents.stillRunning(dataDir));
        assertEquals(0, LeftoverComponents.stop(dataDir, line -> { }));
        assertEquals(List.of(), ComponentPidFile.read(dataDir.resolve(ComponentPidFile.FILE_NAME)), "forgotten");
    }

    @Test
    void postgresIsFoundByItsPostmasterPid_evenBeforeTheStackRecordedIt() throws IOException {
        Path postgres = Files.createDirectories(dataDir.resolve("postgres"));
        Files.writeString(postgres.resolve("postmaster.pid"), SELF + "\n" + postgres + "\n1796115950\n15432\n");

        // The test JVM's command line does not hold the data directory: a stranger with a stale postmaster.pid.
        assertEquals(List.of(), LeftoverComponents.stillRunning(dataDir));
        assertEquals(new ComponentProcess("postgres", SELF, postgres.toString()),
                PostgresComponent.postmaster(dataDir).orElseThrow());
    }

    private void record(ComponentProcess... processes) throws IOException {
        StringBuilder text = new StringBuilder();
        for (ComponentProcess process : processes) {
            text.append(process.line()).append('\n');
        }
        Files.writeString(dataDir.resolve(ComponentPidFile.FILE_NAME), text);
    }
}
