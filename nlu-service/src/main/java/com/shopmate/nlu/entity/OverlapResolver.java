package com.shopmate.nlu.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps, of overlapping spans, the longest; at equal length the more specific kind ({@link EntityKind}), then the
 * earlier one. Alternatives a recognizer gave for the same words (same kind, same span) stay or go together.
 */
final class OverlapResolver {

    private static final Comparator<List<EntitySpan>> PREFERRED = Comparator
            .<List<EntitySpan>>comparingInt(group -> -group.get(0).length())
            .thenComparingInt(group -> -group.get(0).kind().specificity())
            .thenComparingInt(group -> group.get(0).start());

    private OverlapResolver() {
    }

    /** The spans that survive, in text order. */
    static List<EntitySpan> resolve(List<EntitySpan> candidates, int textLength) {
        List<List<EntitySpan>> groups = new ArrayList<>();
        for (EntitySpan span : candidates) {
            List<EntitySpan> group = groupOf(groups, span);
            if (group == null) {
                groups.add(new ArrayList<>(List.of(span)));
            } else if (group.stream().noneMatch(s -> s.value().equals(span.value()))) {
                group.add(span);
            }
        }
        groups.sort(PREFERRED);
        boolean[] taken = new boolean[textLength];
        List<List<EntitySpan>> kept = new ArrayList<>();
        for (List<EntitySpan> group : groups) {
            EntitySpan span = group.get(0);
            if (isFree(taken, span.start(), span.end())) {
                for (int i = span.start(); i < span.end(); i++) {
                    taken[i] = true;
                }
                kept.add(group);
            }
        }
        kept.sort(Comparator.comparingInt(group -> group.get(0).start()));
        List<EntitySpan> out = new ArrayList<>();
        kept.forEach(out::addAll);
        return out;
    }

    private static List<EntitySpan> groupOf(List<List<EntitySpan>> groups, EntitySpan span) {
        for (List<EntitySpan> group : groups) {
            if (group.get(0).sameWordsAs(span)) {
                return group;
            }
        }
        return null;
    }

    private static boolean isFree(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
