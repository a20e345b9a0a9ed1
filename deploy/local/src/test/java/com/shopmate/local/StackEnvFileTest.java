package com.shopmate.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackEnvFileTest {

    @Test
    void whatIsWrittenIsReadBack_inOrder_withoutThePartialFile(@TempDir Path dir) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("GATEWAY_URL", "http://127.0.0.1:8080");
        values.put("POSTGRES_URL", "jdbc:postgresql://127.0.0.1:15432/shopmate");
        Path file = dir.resolve("stack.env");

        StackEnvFile.write(file, values);

        assertEquals(values, StackEnvFile.read(file));
        assertEquals(java.util.List.of("GATEWAY_URL", "POSTGRES_URL"), java.util.List.copyOf(StackEnvFile.read(file).keySet()));
        assertFalse(Files.exists(dir.resolve("stack.env.partial")));
    }

    @Test
    void aStackWritesItsAddressesAndItsOwnPid_butNoPasswordAndNoComponentPids(@TempDir Path dir) {
        StackOptions options = StackOptions.defaults(dir).infraOnly();

        Map<String, String> values = StackEnvFile.valuesOf(new RunningStack(options));

        assertEquals("127.0.0.1:19092", values.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("postgres", values.get("POSTGRES_USER"));
        assertEquals(Long.toString(ProcessHandle.current().pid()), values.get("STACK_PID"));
        assertFalse(values.containsKey("POSTGRES_PASSWORD"), "local PostgreSQL trusts local connections");
        assertEquals(java.util.List.of("STACK_PID"),
                values.keySet().stream().filter(key -> key.endsWith("_PID")).toList(), "component pids are in pids");
    }

    @Test
    void noFile_meansNoStack(@TempDir Path dir) {
        assertTrue(StackEnvFile.read(dir.resolve("stack.env")).isEmpty());
    }
}
