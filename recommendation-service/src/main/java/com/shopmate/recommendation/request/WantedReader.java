package com.shopmate.recommendation.request;

import com.shopmate.events.RecommendationRequested;
import com.shopmate.events.RecommendationRequested.Wanted;
import com.shopmate.recommendation.catalog.Catalog;
import com.shopmate.recommendation.ranking.CatalogWords;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The wishes of a request, completed from the shopper's own words: the brand and the features the catalogue knows
 * (its tags), unless the request names them already. The words are learned once per catalogue read.
 */
final class WantedReader {

    private final Set<String> notFeatures;
    private volatile Catalog wordsOf;
    private volatile CatalogWords words;

    WantedReader(Set<String> notFeatures) {
        this.notFeatures = Set.copyOf(notFeatures);
    }

    Wanted read(RecommendationRequested request, Catalog catalog) {
        Wanted wanted = request.wanted();
        if (request.text() == null || request.text().isBlank()) {
            return wanted;
        }
        CatalogWords known = wordsFor(catalog);
        Set<String> features = new LinkedHashSet<>(wanted.features());
        features.addAll(known.featuresIn(request.text()));
        String brand = wanted.brand() != null ? wanted.brand() : known.brandIn(request.text());
        return new Wanted(wanted.category(), wanted.maxPrice(), wanted.minPrice(), wanted.color(), wanted.size(),
                brand, List.copyOf(new ArrayList<>(features)), wanted.forWhom());
    }

    private CatalogWords wordsFor(Catalog catalog) {
        if (wordsOf != catalog) {
            words = CatalogWords.of(catalog, notFeatures);
            wordsOf = catalog;
        }
        return words;
    }
}
