package com.shopmate.bench.load;

import java.util.List;

/**
 * What one run sends: message {@code i} goes to conversation {@code i mod N} and rotates through a few short
 * shopper texts in Chinese and English. Ids carry the run id, so runs never collide in the gateway's dedupe.
 */
public final class BenchTraffic {

    public static final List<String> TEXTS = List.of(
            "你好", "hello", "我的订单什么时候到", "where is my order?", "谢谢", "thanks, bye");

    private final String runId;
    private final int conversations;

    public BenchTraffic(String runId, int conversations) {
        if (conversations <= 0) {
            throw new IllegalArgumentException("conversations must be positive, got " + conversations);
        }
        this.runId = runId;
        this.conversations = conversations;
    }

    /** Short, printable and different for every run started a millisecond apart. */
    public static String newRunId() {
        return Long.toString(System.currentTimeMillis(), 36);
    }

    public String runId() {
        return runId;
    }

    public int conversations() {
        return conversations;
    }

    public String conversationId(long index) {
        return "bench-" + runId + "-" + (index % conversations);
    }

    public String messageId(long index) {
        return "bench-" + runId + "-m" + index;
    }

    public String text(long index) {
        return TEXTS.get((int) (index % TEXTS.size()));
    }

    /** A consumer group id used by this run only, so it starts from nothing and shares no partitions. */
    public String groupId(String role) {
        return "bench-" + runId + "-" + role;
    }
}
