package com.shopmate.nlu.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps, of overlapping spans, the longest; at equal length the more trusted source ({@link EntitySource}: a rule
 * before the training data's lookups and regexes), then the more specific kind ({@link EntityKind}), then the
 * earlier one. Tagger spans come last whatever their length: a guess from context never displaces a phone number,
 * an amount or an order id, it only fills words nothing else took. Alternatives for the same words (same type, same
 * span) stay or go together; over the same words a more trusted source's spans replace a less trusted one's (a
 * colour rule's "red" over the lookup's "红色").
 */
final class OverlapResolver {

    private static final Comparator<List<EntitySpan>> PREFERRED = Comparator
            .<List<EntitySpan>, Boolean>comparing(group -> group.get(0).source() == EntitySource.TAGGER)
            .thenComparingInt(group -> -group.get(0).length())
            .thenComparingInt(group -> group.get(0).source().ordinal())
            .thenComparingInt(group -> -group.get(0).specificity())
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
            } else if (span.source().ordinal() < group.get(0).source().ordinal()) {
                group.clear();
                group.add(span);
            } else if (span.source() == group.get(0).source()
                    && group.stream().noneMatch(s -> s.value().equals(span.value()))) {
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
