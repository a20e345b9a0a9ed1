package com.shopmate.recommendation.ranking;

import com.shopmate.events.RecommendationRequested;
import com.shopmate.events.RecommendationRequested.Wanted;
import com.shopmate.events.RecommendationsReady.Reason;
import com.shopmate.events.RecommendationsReady.Recommendation;
import com.shopmate.events.shop.LocalizedText;
import com.shopmate.events.shop.ShopInteraction;
import com.shopmate.events.shop.ShopProduct;
import com.shopmate.reco.model.NextItemModel;
import com.shopmate.recommendation.catalog.Catalog;
import com.shopmate.recommendation.history.Sequences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses what to suggest: first the products the shopper may be offered at all ({@link WantedMatch}, nothing
 * excluded, nothing bought before unless it is used up and bought again, no second durable of a kind the shopper
 * has unless they ask for that kind), then a blend of three signals, each as a
 * rank among those candidates so that no scale dominates: what shoppers take next after this customer's products
 * and the conversation's (the trained model), resemblance to them (category, brand, price band, tags), and
 * popularity. A shopper with no history and no conversation gets the popular ones. Each pick says why.
 */
public final class Recommender {

    private final RankingConfig config;

    public Recommender(RankingConfig config) {
        this.config = config;
    }

    public List<Recommendation> recommend(RecommendationRequested request, Wanted wanted, Catalog catalog,
                                          NextItemModel model, List<ShopInteraction> history) {
        Set<String> bought = new HashSet<>();
        Map<String, String> kindOf = new HashMap<>();
        for (ShopInteraction seen : history) {
            if (ShopInteraction.PURCHASE.equals(seen.kind())) {
                bought.add(seen.sku());
            }
            kindOf.merge(seen.sku(), seen.kind(), (was, now) -> ShopInteraction.PURCHASE.equals(was) ? was : now);
        }
        // A second laptop makes no sense unasked: a kind of durable product the shopper has (or, for a cross-sell,
        // has just bought) is offered only when they ask for that kind.
        Set<String> owned = new HashSet<>();
        bought.forEach(sku -> catalog.product(sku).ifPresent(p -> owned.add(p.category())));
        if (RecommendationRequested.CROSS_SELL.equals(request.purpose())) {
            request.anchors().forEach(sku -> catalog.product(sku).ifPresent(p -> owned.add(p.category())));
        }
        owned.removeAll(config.consumableCategories());
        List<ShopProduct> candidates = catalog.products().stream()
                .filter(p -> WantedMatch.matches(p, wanted))
                .filter(p -> !request.exclude().contains(p.sku()) && !request.anchors().contains(p.sku()))
                .filter(p -> !bought.contains(p.sku()) || config.consumableCategories().contains(p.category()))
                .filter(p -> !owned.contains(p.category()) || p.category().equals(wanted.category()))
                .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        // The conversation's products are the most recent thing the shopper showed interest in.
        List<String> context = new ArrayList<>(Sequences.products(history));
        request.anchors().forEach(context::add);
        List<String> recent = context.subList(Math.max(0, context.size() - config.recentHistory()), context.size());
        List<String> skus = candidates.stream().map(ShopProduct::sku).toList();
        // Looked up once, not once per candidate.
        List<ShopProduct> recentProducts = recent.stream().map(catalog::product).flatMap(Optional::stream).toList();

        double[] sequence = context.isEmpty() ? new double[skus.size()] : model.score(context, skus);
        double[] content = new double[skus.size()];
        double[] popularity = new double[skus.size()];
        for (int i = 0; i < candidates.size(); i++) {
            content[i] = ContentSimilarity.toRecent(candidates.get(i), recentProducts);
            popularity[i] = model.popularity(skus.get(i)) + ShopPopularity.of(candidates.get(i));
        }
        double[] sequenceRank = Ranks.percentiles(sequence);
        double[] contentRank = Ranks.percentiles(content);
        double[] popularityRank = Ranks.percentiles(popularity);
        boolean gift = wanted.forWhom() != null;

        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            ShopProduct product = candidates.get(i);
            double fromSequence = context.isEmpty() ? 0 : config.sequenceWeight() * sequenceRank[i];
            double fromContent = recent.isEmpty() ? 0 : config.contentWeight() * contentRank[i];
            double fromPopularity = config.popularityWeight() * popularityRank[i];
            boolean giftLike = gift && ContentSimilarity.hasTag(product, "gift");
            double score = fromSequence + fromContent + fromPopularity + (giftLike ? config.giftBonus() : 0);
            scored.add(new Scored(product, score, fromSequence, fromContent, giftLike));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> s.product().sku()));
        int limit = request.limit() == null ? 3 : Math.max(1, Math.min(20, request.limit()));
        return scored.stream().limit(limit)
                .map(s -> new Recommendation(s.product(), Math.round(s.score() * 1000) / 1000.0,
                        reason(s, request, recent, recentProducts, model, catalog, kindOf)))
                .toList();
    }

    private Reason reason(Scored pick, RecommendationRequested request, List<String> recent,
                          List<ShopProduct> recentProducts, NextItemModel model, Catalog catalog,
                          Map<String, String> kindOf) {
        if (pick.giftLike()) {
            return new Reason("gift", null, null);
        }
        if (pick.fromSequence() > 0 && pick.fromSequence() >= pick.fromContent()) {
            // A reason the shopper can follow: the conversation's product, or one of theirs of the same kind.
            Optional<String> because = model.strongestReason(recent, pick.product().sku())
                    .filter(sku -> request.anchors().contains(sku) || catalog.product(sku)
                            .map(other -> ContentSimilarity.alike(pick.product(), other)).orElse(false));
            if (because.isPresent()) {
                String sku = because.get();
                String kind = request.anchors().contains(sku) ? "together"
                        : ShopInteraction.PURCHASE.equals(kindOf.get(sku)) ? "bought" : "viewed";
                return new Reason(kind, sku, nameOf(catalog, sku));
            }
        }
        if (pick.fromContent() > 0 && !recent.isEmpty()) {
            String closest = ContentSimilarity.closest(pick.product(), recentProducts);
            if (closest != null) {
                String kind = request.anchors().contains(closest) ? "similar"
                        : ShopInteraction.PURCHASE.equals(kindOf.get(closest)) ? "bought" : "viewed";
                return new Reason(kind, closest, nameOf(catalog, closest));
            }
        }
        return new Reason("popular", null, null);
    }

    private static LocalizedText nameOf(Catalog catalog, String sku) {
        return catalog.product(sku).map(ShopProduct::name).orElse(null);
    }

    private record Scored(ShopProduct product, double score, double fromSequence, double fromContent,
                          boolean giftLike) {
    }
}
