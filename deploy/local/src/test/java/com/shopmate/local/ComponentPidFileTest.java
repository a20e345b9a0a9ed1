package com.shopmate.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComponentPidFileTest {

    @TempDir
    Path dir;

    @Test
    void eachComponentIsRecordedWhenItStarts_andForgottenWhenItStops_theFileGoingWithTheLast() {
        Path file = dir.resolve("pids");
        ComponentPidFile pids = new ComponentPidFile(file);
        ComponentProcess kafka = new ComponentProcess("kafka", 101, "-Dshopmate.local-stack=/data dir/x");
        ComponentProcess gateway = new ComponentProcess("gateway-service", 102, "-Dshopmate.local-stack=/data dir/x");

        pids.add(kafka);
        assertEquals(List.of(kafka), ComponentPidFile.read(file));
        pids.add(gateway);
        assertEquals(List.of(kafka, gateway), ComponentPidFile.read(file));

        pids.remove("gateway-service");
        assertEquals(List.of(kafka), ComponentPidFile.read(file));
        pids.remove("kafka");
        assertTrue(Files.notExists(file));
        assertTrue(Files.notExists(dir.resolve("pids.partial")));
    }

    @Test
    void linesThatAreNoRecord_areSkipped() throws IOException {
        Path file = dir.resolve("pids");
        Files.writeString(file, "# header\nredis 7 /d/bin/redis-server\nnot-a-pid x /m\nhalf 8\n\n");

        assertEquals(List.of(new ComponentProcess("redis", 7, "/d/bin/redis-server")), ComponentPidFile.read(file));
        assertEquals(List.of(), ComponentPidFile.read(dir.resolve("none")));
    }
}
