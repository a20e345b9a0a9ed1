package com.shopmate.kit.model;

/**
 * Where an announcement of a kind stands among all of them: its Kafka partition and offset. Keyed by kind, the
 * announcements of one kind share a partition, so their offsets order them, across every replica that made one.
 */
public record AnnouncementPosition(int partition, long offset) {

    /** Whether this comes after {@code other} (none counts as before everything; another partition cannot say). */
    boolean isAfter(AnnouncementPosition other) {
        return other == null || partition != other.partition || offset > other.offset;
    }
}
