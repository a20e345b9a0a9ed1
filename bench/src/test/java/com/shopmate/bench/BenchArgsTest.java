package com.shopmate.bench;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchArgsTest {

    @Test
    void rateAndDurationAloneTakeTheDefaults() throws UsageException {
        BenchArgs args = BenchArgs.parse("e2e", "--rate", "200", "--duration", "10");

        assertEquals("e2e", args.bench());
        assertEquals(200, args.rate());
        assertEquals(10, args.durationSeconds());
        assertEquals(3, args.warmupSeconds());
        assertEquals(50, args.conversations());
        assertNull(args.gateway());
        assertNull(args.kafka());
        assertNull(args.stackEnv());
    }

    @Test
    void everyOptionInEitherForm() throws UsageException {
        BenchArgs args = BenchArgs.parse("kafka-raw", "--rate=50", "--duration", "5", "--warmup=0",
                "--conversations", "7", "--gateway", "http://gw:9000/", "--kafka=broker:9092",
                "--stack-env", ".shopmate/stack.env");

        assertEquals("kafka-raw", args.bench());
        assertEquals(50, args.rate());
        assertEquals(0, args.warmupSeconds());
        assertEquals(7, args.conversations());
        assertEquals(URI.create("http://gw:9000"), args.gateway());
        assertEquals("broker:9092", args.kafka());
        assertEquals(Path.of(".shopmate/stack.env"), args.stackEnv());
    }

    @Test
    void unknownBenchOrOptionIsAUsageError() {
        assertMessage("unknown bench 'load'", "load", "--rate", "1", "--duration", "1");
        assertMessage("unknown option --rps", "e2e", "--rps", "1", "--duration", "1");
        assertMessage("unexpected argument '200'", "e2e", "200");
        assertMessage("no bench given");
    }

    @Test
    void rateAndDurationAreRequiredWholePositiveNumbers() {
        assertMessage("--rate is required", "e2e", "--duration", "10");
        assertMessage("--duration is required", "e2e", "--rate", "10");
        assertMessage("--rate must be a whole number, got 'fast'", "e2e", "--rate", "fast", "--duration", "10");
        assertMessage("--duration must be at least 1, got 0", "e2e", "--rate", "10", "--duration", "0");
        assertMessage("--duration needs a value", "e2e", "--rate", "10", "--duration");
        assertMessage("--rate given twice", "e2e", "--rate", "10", "--rate", "20", "--duration", "1");
    }

    @Test
    void addressesAreChecked() {
        var e = assertThrows(UsageException.class,
                () -> BenchArgs.parse("e2e", "--rate", "1", "--duration", "1", "--gateway", "localhost:8080"));
        assertTrue(e.getMessage().startsWith("--gateway must be an http(s) URL"), e.getMessage());
        e = assertThrows(UsageException.class,
                () -> BenchArgs.parse("e2e", "--rate", "1", "--duration", "1", "--kafka", "localhost"));
        assertTrue(e.getMessage().startsWith("--kafka must be HOST:PORT"), e.getMessage());
    }

    private static void assertMessage(String expected, String... args) {
        assertEquals(expected, assertThrows(UsageException.class, () -> BenchArgs.parse(args)).getMessage());
    }
}
