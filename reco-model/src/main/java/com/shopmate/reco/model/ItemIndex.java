package com.shopmate.reco.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Item ids as dense ints, for arrays instead of maps. The ints are positions in this index only: never a feature
 * (ids numbered by first appearance would leak when an item appeared, and would not generalise).
 */
final class ItemIndex {

    static final int UNKNOWN = -1;

    private final Map<String, Integer> positions;
    private final List<String> ids;

    private ItemIndex(Map<String, Integer> positions, List<String> ids) {
        this.positions = positions;
        this.ids = ids;
    }

    static ItemIndex of(List<String> ids) {
        Map<String, Integer> positions = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            if (positions.putIfAbsent(ids.get(i), i) != null) {
                throw new IllegalArgumentException("item '" + ids.get(i) + "' is listed twice");
            }
        }
        return new ItemIndex(positions, List.copyOf(ids));
    }

    /** Every item of the sequences, in the order met. */
    static ItemIndex fromSequences(List<List<String>> sequences) {
        Map<String, Integer> positions = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (List<String> sequence : sequences) {
            for (String item : sequence) {
                if (positions.putIfAbsent(item, ids.size()) == null) {
                    ids.add(item);
                }
            }
        }
        return new ItemIndex(positions, Collections.unmodifiableList(ids));
    }

    int size() {
        return ids.size();
    }

    int positionOf(String item) {
        Integer position = positions.get(item);
        return position == null ? UNKNOWN : position;
    }

    String idAt(int position) {
        return ids.get(position);
    }

    List<String> ids() {
        return ids;
    }

    /** The sequence's known items as positions, unknown ones dropped. */
    int[] positionsOf(List<String> items) {
        int[] out = new int[items.size()];
        int n = 0;
        for (String item : items) {
            int position = positionOf(item);
            if (position != UNKNOWN) {
                out[n++] = position;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
