package com.shopmate.reco.model;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SparseAccumulatorTest {

    @Test
    void sumsPerKey_pastItsFirstCapacity() {
        SparseAccumulator sums = new SparseAccumulator(1);
        for (int i = 0; i < 1000; i++) {
            sums.add(i * 7919 % 5003, 1.0);
        }
        Map<Integer, Double> seen = new HashMap<>();
        sums.forEach(seen::put);

        assertEquals(1000, seen.size());
        assertEquals(1.0, sums.get(7919 % 5003));
        assertEquals(0.0, sums.get(5004));
        sums.add(0, 2.5);
        assertEquals(3.5, sums.get(0));
    }
}
