package com.shopmate.recommendation.ranking;

import com.shopmate.events.shop.LocalizedText;
import com.shopmate.events.shop.ShopProduct;

import java.math.BigDecimal;
import java.util.List;

/**
 * How much a product resembles the ones a shopper has or looks at: the same category, the same brand, a price of
 * the same order, shared tags. The latest product counts most.
 */
final class ContentSimilarity {

    private ContentSimilarity() {
    }

    /** Resemblance to the recent products (oldest first, those still in the catalogue), the latest weighted most. */
    static double toRecent(ShopProduct product, List<ShopProduct> recent) {
        double total = 0;
        double weights = 0;
        for (int i = 0; i < recent.size(); i++) {
            double weight = 1.0 / (recent.size() - i);
            weights += weight;
            total += weight * between(product, recent.get(i));
        }
        return weights == 0 ? 0 : total / weights;
    }

    /** The recent product of its category or brand it resembles most (the latest of equals), or null. */
    static String closest(ShopProduct product, List<ShopProduct> recent) {
        String best = null;
        double bestScore = 0;
        for (ShopProduct other : recent) {
            double score = alike(product, other) ? between(product, other) : 0;
            if (score > 0 && score >= bestScore) {
                best = other.sku();
                bestScore = score;
            }
        }
        return best;
    }

    static double between(ShopProduct a, ShopProduct b) {
        double score = 0;
        if (a.category() != null && a.category().equals(b.category())) {
            score += 0.5;
        }
        if (a.brand() != null && a.brand().equals(b.brand())) {
            score += 0.2;
        }
        score += 0.2 * priceCloseness(a.price(), b.price());
        score += 0.1 * tagOverlap(a, b);
        return score;
    }

    /** The same category or the same brand: enough likeness to name one as the reason for the other. */
    static boolean alike(ShopProduct a, ShopProduct b) {
        return (a.category() != null && a.category().equals(b.category()))
                || (a.brand() != null && a.brand().equals(b.brand()));
    }

    static boolean hasTag(ShopProduct product, String tag) {
        return product.tags().stream().anyMatch(t -> tag.equalsIgnoreCase(t.en()) || tag.equals(t.zh()));
    }

    // 1 for the same price, 0 for a tenfold difference.
    private static double priceCloseness(BigDecimal a, BigDecimal b) {
        if (a == null || b == null || a.signum() <= 0 || b.signum() <= 0) {
            return 0;
        }
        double ratio = Math.abs(Math.log10(a.doubleValue() / b.doubleValue()));
        return Math.max(0, 1 - ratio);
    }

    // Jaccard of the two tag lists; a product has a handful of tags, so lists beat sets here.
    private static double tagOverlap(ShopProduct a, ShopProduct b) {
        List<LocalizedText> first = a.tags();
        List<LocalizedText> second = b.tags();
        if (first.isEmpty() && second.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (LocalizedText tag : first) {
            for (LocalizedText other : second) {
                if (java.util.Objects.equals(tag.en(), other.en())) {
                    shared++;
                    break;
                }
            }
        }
        return shared / (double) (first.size() + second.size() - shared);
    }
}
