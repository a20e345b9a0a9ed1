package com.shopmate.bench.chaos;

import com.shopmate.bench.e2e.GatewayLoad;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The conversations that change something in the shop, among the load: each asks to cancel one order, waits for
 * the bot's summary, confirms, and waits for the answer, as a shopper would, faults or not. Conversation
 * {@code k} of {@code n} starts {@code loadSeconds * (k + 0.5) / n} seconds into the load, so that some run into a
 * fault.
 */
public final class CancellationConversations {

    /** How long a shopper waits for the bot's answer before giving up on the conversation. */
    static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final long POLL_MILLIS = 100;

    private final List<CancellationTarget> targets;
    private final String runPrefix;
    private final GatewayLoad.CustomerTokens tokens;
    private final PersistentSender sender;
    private final MessageLedger ledger;
    private final Map<String, Boolean> reached = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();

    /** @param runPrefix the run's conversation prefix, {@code bench-<run>-} */
    public CancellationConversations(List<CancellationTarget> targets, String runPrefix,
                                     GatewayLoad.CustomerTokens tokens, PersistentSender sender, MessageLedger ledger) {
        this.targets = targets;
        this.runPrefix = runPrefix;
        this.tokens = tokens;
        this.sender = sender;
        this.ledger = ledger;
    }

    public String conversationId(int k) {
        return runPrefix + "cancel-" + k;
    }

    public String tokenOf(int k) {
        return tokens.tokenFor(targets.get(k).customerId());
    }

    /** Starts each conversation at its time after {@code loadStartNanos}; returns at once. */
    public void start(long loadStartNanos, int loadSeconds) {
        for (int k = 0; k < targets.size(); k++) {
            int index = k;
            long startNanos = loadStartNanos + (long) ((k + 0.5) * loadSeconds / targets.size() * 1e9);
            Thread thread = new Thread(() -> converse(index, startNanos), "chaos-cancel-" + k);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    public void await() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** Whether the conversation about {@code orderId} got an answer to both turns. */
    public boolean reached(String orderId) {
        return reached.getOrDefault(orderId, false);
    }

    private void converse(int k, long startNanos) {
        CancellationTarget target = targets.get(k);
        try {
            sleepUntil(startNanos);
            List<String> turns = target.turns();
            for (int turn = 0; turn < turns.size(); turn++) {
                String messageId = conversationId(k) + "-t" + turn;
                sender.send(conversationId(k), tokenOf(k), messageId, turns.get(turn), System.nanoTime());
                if (!awaitReply(messageId)) {
                    return;
                }
            }
            reached.put(target.orderId(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean awaitReply(String messageId) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (ledger.hasReply(messageId)) {
                return true;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return false;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long remaining = nanos - System.nanoTime();
        if (remaining > 0) {
            Thread.sleep(remaining / 1_000_000, (int) (remaining % 1_000_000));
        }
    }
}
