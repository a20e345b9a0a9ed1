package com.shopmate.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpListsTheBenches() {
        assertEquals(0, run("help"));
        for (String bench : BenchArgs.BENCHES) {
            assertTrue(text(out).contains("  " + bench + " "), bench + " listed in:\n" + text(out));
        }
    }

    @Test
    void unknownArgumentsPrintTheUsageAndExitTwo() {
        assertEquals(2, run("e2e", "--rate", "200", "--durration", "10"));
        assertTrue(text(err).startsWith("bench: unknown option --durration"), text(err));
        assertTrue(text(err).contains("usage: BenchCli"), text(err));
        assertEquals("", text(out));
    }

    @Test
    void noArgumentsAtAllIsAUsageError() {
        assertEquals(2, run());
        assertTrue(text(err).contains("usage: BenchCli"), text(err));
    }

    private int run(String... args) {
        return BenchCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
