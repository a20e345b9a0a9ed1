package com.shopmate.reco.model;

import java.util.Arrays;

/**
 * A sparse square matrix of item-to-item weights, row by row (CSR): row {@code a} lists the items linked from
 * {@code a}, columns ascending, so one weight is a binary search away.
 */
final class SparseRows {

    private final int[] rowStarts;
    private final int[] columns;
    private final float[] weights;

    SparseRows(int[] rowStarts, int[] columns, float[] weights) {
        if (rowStarts.length == 0 || rowStarts[rowStarts.length - 1] != columns.length
                || columns.length != weights.length) {
            throw new IllegalArgumentException("inconsistent sparse rows");
        }
        this.rowStarts = rowStarts;
        this.columns = columns;
        this.weights = weights;
    }

    int rowCount() {
        return rowStarts.length - 1;
    }

    int entryCount() {
        return columns.length;
    }

    int start(int row) {
        return rowStarts[row];
    }

    int end(int row) {
        return rowStarts[row + 1];
    }

    int column(int entry) {
        return columns[entry];
    }

    float weight(int entry) {
        return weights[entry];
    }

    /** The weight at (row, column), 0 when there is none. */
    double weight(int row, int column) {
        int found = Arrays.binarySearch(columns, rowStarts[row], rowStarts[row + 1], column);
        return found >= 0 ? weights[found] : 0;
    }

    /** Each row divided by its sum: the share of {@code a}'s links that go to {@code b}. */
    SparseRows rowNormalised() {
        float[] normalised = new float[weights.length];
        for (int row = 0; row < rowCount(); row++) {
            double sum = 0;
            for (int e = rowStarts[row]; e < rowStarts[row + 1]; e++) {
                sum += weights[e];
            }
            for (int e = rowStarts[row]; e < rowStarts[row + 1]; e++) {
                normalised[e] = (float) (weights[e] / sum);
            }
        }
        return new SparseRows(rowStarts, columns, normalised);
    }

    /** Columns as rows: to sum what reaches one item without scanning every row. */
    SparseRows transposed() {
        int n = rowCount();
        int[] starts = new int[n + 1];
        for (int column : columns) {
            starts[column + 1]++;
        }
        for (int i = 0; i < n; i++) {
            starts[i + 1] += starts[i];
        }
        int[] next = Arrays.copyOf(starts, n);
        int[] newColumns = new int[columns.length];
        float[] newWeights = new float[weights.length];
        // Rows are visited in ascending order, so each transposed row comes out sorted.
        for (int row = 0; row < n; row++) {
            for (int e = rowStarts[row]; e < rowStarts[row + 1]; e++) {
                int slot = next[columns[e]]++;
                newColumns[slot] = row;
                newWeights[slot] = weights[e];
            }
        }
        return new SparseRows(starts, newColumns, newWeights);
    }

    int[] rowStarts() {
        return rowStarts;
    }

    int[] columns() {
        return columns;
    }

    float[] weights() {
        return weights;
    }
}
