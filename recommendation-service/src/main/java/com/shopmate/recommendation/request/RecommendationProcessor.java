package com.shopmate.recommendation.request;

import com.shopmate.events.EventEnvelope;
import com.shopmate.events.RecommendationRequested;
import com.shopmate.events.RecommendationRequested.Wanted;
import com.shopmate.events.RecommendationsReady;
import com.shopmate.events.RecommendationsReady.Recommendation;
import com.shopmate.kit.consuming.EventConsumer;
import com.shopmate.kit.consuming.EventConsumers;
import com.shopmate.recommendation.catalog.Catalog;
import com.shopmate.recommendation.catalog.CatalogRefresher;
import com.shopmate.recommendation.history.ShopperHistories;
import com.shopmate.recommendation.marketing.MarketingRules;
import com.shopmate.recommendation.marketing.Subject;
import com.shopmate.recommendation.model.RecoModel;
import com.shopmate.recommendation.model.ServedRecoModel;
import com.shopmate.recommendation.ranking.RankingConfig;
import com.shopmate.recommendation.ranking.Recommender;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * {@link RecommendationRequested} in, {@link RecommendationsReady} out, keyed by the conversation. An unasked
 * suggestion (a cross-sell) is first checked against the shopper's consent and cap; then the catalogue's products
 * that match are ranked for the shopper ({@link Recommender}).
 */
@ApplicationScoped
public class RecommendationProcessor {

    private static final Logger LOG = Logger.getLogger(RecommendationProcessor.class);

    private final EventConsumer<RecommendationRequested> requests;
    private final CatalogRefresher catalog;
    private final ShopperHistories histories;
    private final ServedRecoModel model;
    private final MarketingRules marketing;
    private final Recommender recommender;
    private final WantedReader wantedReader;
    private final MeterRegistry meters;

    RecommendationProcessor(EventConsumers consumers, CatalogRefresher catalog, ShopperHistories histories,
                            ServedRecoModel model, MarketingRules marketing, RankingConfig ranking,
                            MeterRegistry meters) {
        this.requests = consumers.of(RecommendationRequested.class);
        this.catalog = catalog;
        this.histories = histories;
        this.model = model;
        this.marketing = marketing;
        this.recommender = new Recommender(ranking);
        this.wantedReader = new WantedReader(ranking.notFeatures());
        this.meters = meters;
    }

    @Incoming("recommendation-requests")
    @Outgoing("recommendations")
    public Uni<Record<String, String>> onRequest(String json) {
        return requests.process(json, this::answer);
    }

    Uni<RecommendationsReady> answer(EventEnvelope<RecommendationRequested> event) {
        RecommendationRequested request = event.payload();
        Catalog products = catalog.current();
        if (products.isEmpty()) {
            return Uni.createFrom().item(ready(request, RecommendationsReady.UNAVAILABLE, List.of(), products));
        }
        String subject = Subject.of(request.customerId(), request.phone());
        if (!RecommendationRequested.CROSS_SELL.equals(request.purpose()) || subject == null) {
            return ranked(request, products);
        }
        return marketing.optedOut(subject).chain(optedOut -> optedOut
                ? Uni.createFrom().item(ready(request, RecommendationsReady.OPTED_OUT, List.of(), products))
                : marketing.offerWithinCap(subject, request.requestId()).chain(within -> within
                        ? ranked(request, products)
                        : Uni.createFrom().item(ready(request, RecommendationsReady.CAPPED, List.of(), products))));
    }

    // Ranking is CPU work of a millisecond or two: on a worker thread, never on the Vert.x event loop.
    private Uni<RecommendationsReady> ranked(RecommendationRequested request, Catalog products) {
        return Uni.createFrom().item(() -> rank(request, products))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private RecommendationsReady rank(RecommendationRequested request, Catalog products) {
        RecoModel served = model.current();
        Wanted wanted = wantedReader.read(request, products);
        List<Recommendation> items = recommender.recommend(request, wanted, products, served.nextItems(),
                histories.of(request.customerId()));
        return ready(request, items.isEmpty() ? RecommendationsReady.NONE : RecommendationsReady.OK, items, products);
    }

    private RecommendationsReady ready(RecommendationRequested request, String outcome, List<Recommendation> items,
                                       Catalog products) {
        meters.counter("shopmate.reco.answers", "purpose", request.purpose(), "outcome", outcome).increment();
        LOG.debugf("request %s (%s): %s, %d items", request.requestId(), request.purpose(), outcome, items.size());
        return new RecommendationsReady(request.requestId(), outcome, items, model.current().version(),
                products.readAt());
    }
}
