package com.shopmate.reco.model;

import java.util.Arrays;

/**
 * Sums per item for the few thousand items one history reaches, in an open-addressing table: a dense array of the
 * whole catalogue per scored shopper would be mostly zeros and, at thousands of calls a second, mostly garbage.
 */
final class SparseAccumulator {

    private static final int EMPTY = -1;

    private int[] keys;
    private double[] values;
    private int size;

    SparseAccumulator(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        values = new double[capacity];
        Arrays.fill(keys, EMPTY);
    }

    void add(int key, double value) {
        int slot = slotOf(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
            if (size * 2 > keys.length) {
                grow();
                slot = slotOf(key);
            }
        }
        values[slot] += value;
    }

    double get(int key) {
        int slot = slotOf(key);
        return keys[slot] == EMPTY ? 0 : values[slot];
    }

    /** Calls {@code consumer} once for each key added, in no particular order. */
    void forEach(Entry consumer) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                consumer.accept(keys[slot], values[slot]);
            }
        }
    }

    private int slotOf(int key) {
        int mask = keys.length - 1;
        int slot = (key * 0x9E3779B9) >>> 7 & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        double[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new double[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
                size++;
            }
        }
    }

    @FunctionalInterface
    interface Entry {
        void accept(int key, double value);
    }
}
