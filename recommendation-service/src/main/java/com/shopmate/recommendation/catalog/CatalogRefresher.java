package com.shopmate.recommendation.catalog;

import com.shopmate.recommendation.shop.ShopFeed;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the catalogue fresh: read whole at start and again every {@code shopmate.reco.catalog-refresh}, so a
 * suggestion's price and stock are at most that old. A failed read keeps the last catalogue (and says so in the log).
 */
@ApplicationScoped
public class CatalogRefresher {

    private static final Logger LOG = Logger.getLogger(CatalogRefresher.class);

    private final ShopFeed shop;
    private final Clock clock;
    private final AtomicReference<Catalog> current = new AtomicReference<>(Catalog.EMPTY);

    CatalogRefresher(ShopFeed shop, Clock clock) {
        this.shop = shop;
        this.clock = clock;
    }

    void atStart(@Observes StartupEvent started) {
        refresh();
    }

    public Catalog current() {
        return current.get();
    }

    /** Until the catalogue is read once (the shop API may start after this service), it is tried every 2 s. */
    @Scheduled(every = "2s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshUntilRead() {
        if (current.get().isEmpty()) {
            refresh();
        }
    }

    @Scheduled(every = "${shopmate.reco.catalog-refresh}", delayed = "${shopmate.reco.catalog-refresh}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            var products = shop.wholeCatalog().await().atMost(Duration.ofSeconds(30));
            boolean first = current.get().isEmpty();
            current.set(Catalog.of(products, clock.instant()));
            if (first) {
                LOG.infof("catalogue read: %d products", products.size());
            }
        } catch (RuntimeException e) {
            LOG.warnf("the catalogue could not be read (%s); keeping the one of %s", e.toString(),
                    current.get().readAt());
        }
    }
}
