package com.shopmate.bench.load;

import com.shopmate.bench.corpus.ShopperCorpus;

import java.util.List;

/**
 * What one run sends: message {@code i} goes to conversation {@code i mod N}; its text comes from the shopper
 * corpus, or, without one (the Kafka-only benches, tests), rotates through a few short texts in Chinese and
 * English. Ids carry the run id, so runs never collide in the gateway's dedupe.
 */
public final class BenchTraffic {

    public static final List<String> TEXTS = List.of(
            "你好", "hello", "我的订单什么时候到", "where is my order?", "谢谢", "thanks, bye");

    private final String runId;
    private final int conversations;
    private final ShopperCorpus corpus;

    public BenchTraffic(String runId, int conversations) {
        this(runId, conversations, null);
    }

    /** @param corpus the texts and writers of the conversations; null for {@link #TEXTS} from anonymous shoppers */
    public BenchTraffic(String runId, int conversations, ShopperCorpus corpus) {
        if (conversations <= 0) {
            throw new IllegalArgumentException("conversations must be positive, got " + conversations);
        }
        this.runId = runId;
        this.conversations = conversations;
        this.corpus = corpus;
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
        return "bench-" + runId + "-" + conversationIndex(index);
    }

    public String messageId(long index) {
        return "bench-" + runId + "-m" + index;
    }

    public String text(long index) {
        if (corpus == null) {
            return TEXTS.get((int) (index % TEXTS.size()));
        }
        return corpus.text(index, customerOf(conversationIndex(index)));
    }

    /** The customer conversation {@code n} is logged in as; null when its shopper is anonymous. */
    public String customerOf(int conversation) {
        return corpus == null ? null : corpus.customerOf(conversation);
    }

    public int conversationIndex(long index) {
        return (int) (index % conversations);
    }

    /** A consumer group id used by this run only, so it starts from nothing and shares no partitions. */
    public String groupId(String role) {
        return "bench-" + runId + "-" + role;
    }
}
