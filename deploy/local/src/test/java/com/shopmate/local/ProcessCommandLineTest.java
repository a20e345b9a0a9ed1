package com.shopmate.local;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessCommandLineTest {

    private static final String MARKER = "-Dshopmate.local-stack=/tmp/try";

    @Test
    void theCmdlineIsSplitAtNuls_andTheTitlePaddingIsDropped() {
        byte[] redis = "/tmp/try/bin/redis-server 127.0.0.1:26379\0\0\0\0".getBytes(StandardCharsets.UTF_8);

        assertEquals(List.of("/tmp/try/bin/redis-server 127.0.0.1:26379"), ProcessCommandLine.parse(redis));
        assertEquals(List.of("java", MARKER, "-jar", "a.jar"),
                ProcessCommandLine.parse(("java\0" + MARKER + "\0-jar\0a.jar\0").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aProcessMatches_whenOneArgumentIsTheMarker() {
        assertTrue(ProcessCommandLine.matches(List.of("java", "-Xmx256m", MARKER, "-jar", "quarkus-run.jar"), MARKER));
    }

    @Test
    void redis_matchesByItsBinary_thoughItRewroteItsTitle() {
        String binary = "/tmp/try/bin/redis-server-6.2.6-v5-linux-amd64";

        assertTrue(ProcessCommandLine.matches(List.of(binary + " 127.0.0.1:26379"), binary));
    }

    @Test
    void aProcessThatGotTheReusedPid_doesNotMatch() {
        assertFalse(ProcessCommandLine.matches(List.of("/usr/bin/vim", "notes.txt"), MARKER));
        // Not a stack on another directory whose name starts the same either.
        assertFalse(ProcessCommandLine.matches(List.of("java", MARKER + "-stack", "-jar", "a.jar"), MARKER));
        assertFalse(ProcessCommandLine.matches(List.of("/tmp/try-stack/bin/redis-server 127.0.0.1:1"),
                "/tmp/try/bin/redis-server"));
        assertFalse(ProcessCommandLine.matches(List.of(), MARKER));
    }

    @Test
    void aLiveProcessIsRead_andAGoneOneIsNot() {
        long self = ProcessHandle.current().pid();

        assertFalse(ProcessCommandLine.of(self).orElseThrow().isEmpty());
        assertTrue(ProcessCommandLine.of(Integer.MAX_VALUE).isEmpty());
        assertFalse(ProcessCommandLine.runs(Integer.MAX_VALUE, MARKER));
    }
}
