package com.shopmate.bench.chaos;

import com.shopmate.bench.e2e.GatewayLoad;
import com.shopmate.bench.load.BenchTraffic;
import com.shopmate.bench.load.OpenLoopDriver;
import com.shopmate.bench.load.OpenLoopSchedule;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The chaos bench: the load, the faults and the cancellation conversations at the same time, then a drain, then
 * the count. The load's conversations are opened (and their streams) before the first fault.
 */
public final class ChaosRun {

    /** After the last reply, how long the bench still listens for a second one. */
    static final Duration QUIET_AFTER_LAST_REPLY = Duration.ofSeconds(10);

    /** Where the stack is and how to reach into it. */
    public record Stack(URI gateway, String kafka, Path pidsFile, ComponentHealthCheck health, ShopOrders shop) {
    }

    private final ChaosPlan plan;
    private final Stack stack;
    private final BenchTraffic traffic;
    private final GatewayLoad load;
    private final GatewayLoad.CustomerTokens tokens;
    private final List<CancellationTarget> targets;
    private final PrintStream progress;

    /** @param load opened already: its conversations have their tokens */
    public ChaosRun(ChaosPlan plan, Stack stack, BenchTraffic traffic, GatewayLoad load,
                    GatewayLoad.CustomerTokens tokens, List<CancellationTarget> targets, PrintStream progress) {
        this.plan = plan;
        this.stack = stack;
        this.traffic = traffic;
        this.load = load;
        this.tokens = tokens;
        this.targets = targets;
        this.progress = progress;
    }

    public ChaosReport run() throws InterruptedException {
        String prefix = "bench-" + traffic.runId() + "-";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3)).build();
        var ledger = new MessageLedger();
        var actions = new ActionLedger();
        List<CancellationTarget> cancellable = targets.stream()
                .filter(t -> "paid".equals(stack.shop().statusOf(t.orderId()))).toList();
        if (cancellable.size() < targets.size()) {
            progress.printf("bench: chaos: %d of %d orders to cancel are not paid (cancelled by an earlier run?):"
                    + " left out%n", targets.size() - cancellable.size(), targets.size());
        }
        var sender = new PersistentSender(stack.gateway(), http, ledger, Duration.ofSeconds(plan.giveUpSeconds()));
        var cancellations = new CancellationConversations(cancellable, prefix, tokens, sender, ledger);
        try (var watcher = new TopicWatcher(stack.kafka(), traffic.groupId("chaos"), prefix, ledger, actions);
             var streams = new ReplyStreams(http, stack.gateway(), ledger)) {
            watcher.start();
            List<String> conversations = new ArrayList<>();
            List<String> conversationTokens = new ArrayList<>();
            for (int i = 0; i < traffic.conversations(); i++) {
                conversations.add(traffic.conversationId(i));
                conversationTokens.add(load.tokenOf(i));
            }
            for (int k = 0; k < cancellable.size(); k++) {
                conversations.add(cancellations.conversationId(k));
                conversationTokens.add(cancellations.tokenOf(k));
            }
            streams.openAll(conversations, conversationTokens);

            var injector = new FaultInjector(stack.pidsFile(), stack.health(), plan.settleSeconds(),
                    Duration.ofSeconds(plan.recoverySeconds()), progress);
            List<PlannedFault> faultPlan = FaultSchedule.spread(plan.components(), plan.durationSeconds());
            long loadStart = System.nanoTime();
            CompletableFuture<List<FaultRecord>> faults = CompletableFuture.supplyAsync(() -> {
                try {
                    return injector.run(faultPlan, loadStart);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return List.of();
                }
            });
            cancellations.start(loadStart, plan.durationSeconds());
            progress.printf(Locale.ROOT, "bench: chaos: load of %d msg/s for %d s, %d faults, %d cancellations …%n",
                    plan.rate(), plan.durationSeconds(), faultPlan.size(), cancellable.size());
            new OpenLoopDriver().run(new OpenLoopSchedule(plan.rate(), 0, plan.durationSeconds()),
                    (index, intended) -> sender.send(traffic.conversationId(index),
                            load.tokenOf(traffic.conversationIndex(index)), traffic.messageId(index),
                            traffic.text(index), intended));
            List<FaultRecord> done = awaitFaults(faults);
            cancellations.await();
            drain(sender, ledger);
            sender.close();
            List<SideEffectCheck> sideEffects = cancellable.stream().map(t -> new SideEffectCheck(t.orderId(),
                    cancellations.reached(t.orderId()), actions.countFor(t.orderId()),
                    stack.shop().statusOf(t.orderId()))).toList();
            return new ChaosReport(plan, done, ledger.tallies(), ledger.rejectionKinds(), ledger.longestDelayMs(),
                    ledger.slowestMessage(), sideEffects, streams.reopened(), watcher.unreadable());
        }
    }

    private List<FaultRecord> awaitFaults(CompletableFuture<List<FaultRecord>> faults) throws InterruptedException {
        progress.println("bench: chaos: load sent; waiting for the last fault to recover …");
        try {
            return faults.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the fault injector failed: " + e.getCause(), e.getCause());
        }
    }

    /** Until every accepted message has a reply and nothing came for a while, or the drain is over. */
    private void drain(PersistentSender sender, MessageLedger ledger) throws InterruptedException {
        progress.printf("bench: chaos: draining (up to %d s) …%n", plan.drainSeconds());
        long deadline = System.nanoTime() + Duration.ofSeconds(plan.drainSeconds()).toNanos();
        while (System.nanoTime() < deadline && !(sender.open() == 0 && ledger.allAcceptedReplied())) {
            Thread.sleep(500);
        }
        // Late second replies come after the first: listen a little longer before counting.
        Thread.sleep(Math.min(QUIET_AFTER_LAST_REPLY.toMillis(),
                Math.max(0, (deadline - System.nanoTime()) / 1_000_000)));
    }
}
