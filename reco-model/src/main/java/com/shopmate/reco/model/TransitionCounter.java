package com.shopmate.reco.model;

import java.util.Arrays;

/**
 * Counts which items follow which within {@link NextItemSettings#window()} steps of a sequence, nearer ones
 * weighing more, plus the weaker reverse links. Built from primitive arrays (two passes, then one sort per row):
 * a map of pairs would cost ten times the memory on a full catalogue.
 */
final class TransitionCounter {

    private final NextItemSettings settings;

    TransitionCounter(NextItemSettings settings) {
        this.settings = settings;
    }

    SparseRows count(int[][] sequences, int itemCount) {
        int[] rowSizes = new int[itemCount];
        forEachLink(sequences, (from, to, weight) -> rowSizes[from]++);
        int[] starts = new int[itemCount + 1];
        for (int i = 0; i < itemCount; i++) {
            starts[i + 1] = starts[i] + rowSizes[i];
        }
        // One long per link: column in the high half, the float's bits in the low half; sorting groups a column.
        long[] links = new long[starts[itemCount]];
        int[] next = Arrays.copyOf(starts, itemCount);
        forEachLink(sequences, (from, to, weight) ->
                links[next[from]++] = ((long) to << 32) | (Float.floatToRawIntBits(weight) & 0xFFFFFFFFL));
        return merge(links, starts);
    }

    private static SparseRows merge(long[] links, int[] starts) {
        int rows = starts.length - 1;
        int[] mergedStarts = new int[rows + 1];
        int[] columns = new int[links.length];
        float[] weights = new float[links.length];
        int out = 0;
        for (int row = 0; row < rows; row++) {
            Arrays.sort(links, starts[row], starts[row + 1]);
            int e = starts[row];
            while (e < starts[row + 1]) {
                int column = (int) (links[e] >>> 32);
                double sum = 0;
                while (e < starts[row + 1] && (int) (links[e] >>> 32) == column) {
                    sum += Float.intBitsToFloat((int) links[e]);
                    e++;
                }
                columns[out] = column;
                weights[out] = (float) sum;
                out++;
            }
            mergedStarts[row + 1] = out;
        }
        return new SparseRows(mergedStarts, Arrays.copyOf(columns, out), Arrays.copyOf(weights, out));
    }

    private void forEachLink(int[][] sequences, LinkConsumer consumer) {
        float backward = (float) settings.backwardWeight();
        for (int[] sequence : sequences) {
            for (int i = 0; i < sequence.length; i++) {
                int last = Math.min(sequence.length - 1, i + settings.window());
                for (int j = i + 1; j <= last; j++) {
                    if (sequence[i] == sequence[j]) {
                        continue; // an item bought again says nothing about what goes with it
                    }
                    float weight = (float) Math.pow(settings.distanceDecay(), j - i - 1);
                    consumer.accept(sequence[i], sequence[j], weight);
                    if (backward > 0) {
                        consumer.accept(sequence[j], sequence[i], weight * backward);
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface LinkConsumer {
        void accept(int from, int to, float weight);
    }
}
