package com.shopmate.bench.chaos;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Everything the bench saw of each message it sent, by messageId: its attempts, whether the gateway accepted it, the
 * reply events that answer it and the pushes on the shopper's stream. Thread-safe: sends, replies and pushes arrive
 * on different threads.
 */
public final class MessageLedger {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Long> rejectionKinds = new ConcurrentHashMap<>();

    /** A message the load is about to send, due at {@code intendedNanos} ({@link System#nanoTime()}). */
    public void sending(String messageId, long intendedNanos) {
        entries.putIfAbsent(messageId, new Entry(intendedNanos));
    }

    public void accepted(String messageId) {
        Entry entry = entries.get(messageId);
        if (entry != null) {
            synchronized (entry) {
                entry.accepted = true;
            }
        }
    }

    /** One attempt refused; {@code kind} such as {@code http_503} or {@code connect_failed}. */
    public void rejected(String messageId, String kind) {
        rejectionKinds.merge(kind, 1L, Long::sum);
        Entry entry = entries.get(messageId);
        if (entry != null) {
            synchronized (entry) {
                entry.rejections++;
            }
        }
    }

    /** A reply record read from the replies topic; replies to messages this run did not send are ignored. */
    public void replied(String messageId, String eventId, long seenNanos) {
        Entry entry = entries.get(messageId);
        if (entry != null) {
            synchronized (entry) {
                entry.replyRecords++;
                entry.replyEvents.add(eventId);
                if (entry.firstReplyNanos == 0) {
                    entry.firstReplyNanos = seenNanos;
                }
            }
        }
    }

    /** A reply to {@code messageId} arrived on the conversation's WebSocket stream. */
    public void pushed(String messageId) {
        Entry entry = entries.get(messageId);
        if (entry != null) {
            synchronized (entry) {
                entry.streamPushes++;
            }
        }
    }

    /** Whether a reply to the message has been read yet (the cancellation conversations wait for it). */
    public boolean hasReply(String messageId) {
        Entry entry = entries.get(messageId);
        if (entry == null) {
            return false;
        }
        synchronized (entry) {
            return entry.replyRecords > 0;
        }
    }

    /** Every accepted message has a reply. */
    public boolean allAcceptedReplied() {
        return entries.values().stream().allMatch(e -> {
            synchronized (e) {
                return !e.accepted || e.replyRecords > 0;
            }
        });
    }

    public Map<String, MessageTally> tallies() {
        return entries.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().tally()));
    }

    /** The longest time from a message's scheduled send to its first reply, in ms; 0 when none was answered. */
    public double longestDelayMs() {
        return entries.values().stream().mapToLong(Entry::delayNanos).max().orElse(0) / 1e6;
    }

    /** The messageId with the longest delay, for the report; null when none was answered. */
    public String slowestMessage() {
        return entries.entrySet().stream().filter(e -> e.getValue().delayNanos() > 0)
                .max(Map.Entry.comparingByValue((a, b) -> Long.compare(a.delayNanos(), b.delayNanos())))
                .map(Map.Entry::getKey).orElse(null);
    }

    public Map<String, Long> rejectionKinds() {
        return new TreeMap<>(rejectionKinds);
    }

    /** How many messages ended in each outcome (every outcome present, 0 where none). */
    public static Map<MessageOutcome, Long> countOutcomes(Map<String, MessageTally> tallies) {
        Map<MessageOutcome, Long> counts = new TreeMap<>();
        for (MessageOutcome outcome : MessageOutcome.values()) {
            counts.put(outcome, 0L);
        }
        tallies.values().stream().collect(Collectors.groupingBy(MessageTally::outcome, Collectors.counting()))
                .forEach(counts::put);
        return counts;
    }

    /** The messageIds of one outcome, sorted, for the report to name them. */
    public static Set<String> withOutcome(Map<String, MessageTally> tallies, MessageOutcome outcome) {
        return tallies.entrySet().stream().filter(e -> e.getValue().outcome() == outcome).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static final class Entry {
        private final long intendedNanos;
        private final Set<String> replyEvents = new HashSet<>(2);
        private boolean accepted;
        private int rejections;
        private int replyRecords;
        private int streamPushes;
        private long firstReplyNanos;

        private Entry(long intendedNanos) {
            this.intendedNanos = intendedNanos;
        }

        synchronized long delayNanos() {
            return firstReplyNanos == 0 ? 0 : firstReplyNanos - intendedNanos;
        }

        synchronized MessageTally tally() {
            return new MessageTally(accepted, rejections, replyEvents.size(), replyRecords, streamPushes);
        }
    }
}
