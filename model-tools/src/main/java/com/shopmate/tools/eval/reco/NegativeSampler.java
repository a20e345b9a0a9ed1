package com.shopmate.tools.eval.reco;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws, for one user at a time, distinct items the user never touched, uniformly from the pool by rejection, from
 * one seeded generator: the same file and seed give the same negatives.
 */
final class NegativeSampler {

    private final List<String> pool;
    private final Random random;

    NegativeSampler(List<String> pool, long seed) {
        this.pool = pool;
        this.random = new Random(seed);
    }

    /** At most {@code count}: fewer only when the pool has fewer items the user never touched. */
    List<String> sample(Set<String> touched, int count) {
        int available = pool.size() - touched.size();
        if (available <= count) {
            List<String> all = new ArrayList<>();
            for (String item : pool) {
                if (!touched.contains(item)) {
                    all.add(item);
                }
            }
            return all;
        }
        Set<String> drawn = new LinkedHashSet<>();
        while (drawn.size() < count) {
            String item = pool.get(random.nextInt(pool.size()));
            if (!touched.contains(item)) {
                drawn.add(item);
            }
        }
        return new ArrayList<>(drawn);
    }

    /** Every item of the sequences once, in the order met. */
    static List<String> poolOf(List<UserSequence> sequences) {
        Set<String> items = new LinkedHashSet<>();
        for (UserSequence sequence : sequences) {
            items.addAll(sequence.items());
        }
        return new ArrayList<>(items);
    }

    static Set<String> touchedBy(UserSequence sequence) {
        return new HashSet<>(sequence.items());
    }
}
