package com.shopmate.bench.usage;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ProcessTreeTest {

    @Test
    void cpuTimesAreReadAfterACommandNameWithSpacesAndParentheses() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 731 42 5 7 20 0 30 0 12345";
        assertArrayEquals(new long[] {731, 42, 5, 7}, ProcessTree.parseStatTimes(stat));
    }

    @Test
    void thisProcessHasUsedCpuAndHoldsMemory() {
        assumeTrue(ProcessTree.supported(), "Linux /proc only");
        ProcessTree self = new ProcessTree(ProcessHandle.current().pid());
        long spin = 0;
        for (int i = 0; i < 50_000_000; i++) {
            spin += i % 7;
        }
        assertTrue(spin > 0);
        assertTrue(self.cpuMillis() > 0);
        assertTrue(self.memoryBytes() > 1024 * 1024);
        assertTrue(self.isAlive());
    }
}
