package com.shopmate.text.features;

import java.util.Arrays;

/** A sparse vector: {@code indices} ascending, {@code values[i]} the value at {@code indices[i]}. */
public record SparseVector(int[] indices, float[] values) {

    public SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length");
        }
    }

    public int size() {
        return indices.length;
    }

    public float get(int index) {
        int at = Arrays.binarySearch(indices, index);
        return at >= 0 ? values[at] : 0f;
    }
}
