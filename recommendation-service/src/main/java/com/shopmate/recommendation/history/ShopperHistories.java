package com.shopmate.recommendation.history;

import com.shopmate.events.shop.ShopInteraction;
import com.shopmate.recommendation.shop.ShopFeed;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What each customer bought and looked at, oldest first, kept in memory and followed: read whole at start, then
 * whatever is new every {@code shopmate.reco.history-refresh}. The model is trained on these sequences, and a
 * request is personalised with the asking customer's. A shop with millions of interactions would keep them in a
 * store of their own; the reference shop has a few thousand.
 */
@ApplicationScoped
public class ShopperHistories {

    private static final Logger LOG = Logger.getLogger(ShopperHistories.class);

    private final ShopFeed shop;
    private final Map<String, List<ShopInteraction>> byCustomer = new ConcurrentHashMap<>();
    /** The newest interaction's time, and those at exactly that time: the next read starts there and skips them. */
    private Instant cursor;
    private Set<ShopInteraction> atCursor = new HashSet<>();
    private volatile boolean loaded;

    ShopperHistories(ShopFeed shop) {
        this.shop = shop;
    }

    void atStart(@Observes StartupEvent started) {
        follow();
    }

    /** Whether the whole history has been read once: training before that would learn from a part. */
    public boolean loaded() {
        return loaded;
    }

    /** The customer's purchases and views, oldest first; empty for a customer with none (or no customer). */
    public List<ShopInteraction> of(String customerId) {
        return customerId == null ? List.of() : byCustomer.getOrDefault(customerId, List.of());
    }

    /** Every customer's sequence of products, oldest first: what the model learns from. */
    public List<List<String>> sequences() {
        List<List<String>> sequences = new ArrayList<>();
        for (List<ShopInteraction> history : byCustomer.values()) {
            sequences.add(Sequences.products(history));
        }
        return sequences;
    }

    public int interactionCount() {
        return byCustomer.values().stream().mapToInt(List::size).sum();
    }

    /** Until the first whole read succeeds (the shop API may start after this service), it is tried every 2 s. */
    @Scheduled(every = "2s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void followUntilLoaded() {
        if (!loaded) {
            follow();
        }
    }

    @Scheduled(every = "${shopmate.reco.history-refresh}", delayed = "${shopmate.reco.history-refresh}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void follow() {
        try {
            int added = 0;
            while (true) {
                List<ShopInteraction> page = shop.interactionsFrom(cursor).await().atMost(Duration.ofSeconds(30));
                int fresh = 0;
                for (ShopInteraction seen : page) {
                    if (atCursor.contains(seen)) {
                        continue;
                    }
                    byCustomer.computeIfAbsent(seen.customerId(), id -> new CopyOnWriteArrayList<>()).add(seen);
                    if (!seen.at().equals(cursor)) {
                        cursor = seen.at();
                        atCursor = new HashSet<>();
                    }
                    atCursor.add(seen);
                    fresh++;
                }
                added += fresh;
                if (fresh == 0 || page.size() < ShopFeed.INTERACTIONS_PAGE) {
                    break;
                }
            }
            if (!loaded) {
                loaded = true;
                LOG.infof("shoppers' history read: %d interactions of %d customers", interactionCount(),
                        byCustomer.size());
            } else if (added > 0) {
                LOG.debugf("%d new interactions", added);
            }
        } catch (RuntimeException e) {
            LOG.warnf("the shoppers' history could not be read (%s); trying again later", e.toString());
        }
    }
}
