package com.shopmate.nlu.entity.catalog;

import com.shopmate.nlu.entity.EntityKind;
import com.shopmate.nlu.entity.EntityRecognizer;
import com.shopmate.nlu.entity.EntitySpan;
import com.shopmate.nlu.entity.EntityText;
import com.shopmate.nlu.entity.attribute.ColorLexicon;
import com.shopmate.nlu.entity.catalog.ProductIndex.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Products the shopper names, fuzzily, against the catalog's Chinese and English names ({@link ProductIndex}):
 * "那款黑色的羽绒服", "the nike running shoe", "Onyx K4". The value is the product's sku. Where several products
 * match one mention equally well, up to {@code maxCandidates} come as alternatives over the same span, best first;
 * when the text names a colour only products in that colour stay, and the better-known (more reviews) come first.
 * Of overlapping mentions the one that matches more of a name wins, then the more similar.
 */
public final class ProductRecognizer implements EntityRecognizer {

    /** Scores closer than this are equal. */
    private static final double SAME_SCORE = 1e-9;

    private final ProductIndex index;
    private final ColorLexicon colors;
    private final List<Set<String>> colorFamilies;
    private final double minSimilarity;
    private final int maxCandidates;

    /**
     * @param minSimilarity least Dice similarity (0–1) of a mention to a product name
     * @param maxCandidates at most this many equally good products for one mention
     */
    public ProductRecognizer(ProductCatalog catalog, ColorLexicon colors, double minSimilarity, int maxCandidates) {
        this.index = new ProductIndex(catalog.products());
        this.colors = colors;
        this.colorFamilies = catalog.products().stream()
                .map(p -> colors.familiesOf(p.colors().stream()
                        .flatMap(c -> Stream.of(c.zh(), c.en())).filter(n -> n != null).toList()))
                .toList();
        this.minSimilarity = minSimilarity;
        this.maxCandidates = maxCandidates;
    }

    @Override
    public List<EntitySpan> recognize(EntityText text) {
        List<Mention> mentions = new ArrayList<>(index.mentions(CatalogTerms.of(text.lower()), minSimilarity).values());
        if (mentions.isEmpty()) {
            return List.of();
        }
        Set<String> named = colors.find(text.lower()).stream().map(m -> m.value().family()).collect(Collectors.toSet());
        mentions.sort(Comparator.comparingInt((Mention m) -> -m.matched())
                .thenComparingDouble(m -> -m.score())
                .thenComparing(m -> !inColor(m, named))
                .thenComparingInt(m -> -index.product(m.product()).reviewCount())
                .thenComparing(m -> index.product(m.product()).sku()));
        List<EntitySpan> found = new ArrayList<>();
        List<Mention> taken = new ArrayList<>();
        for (Mention best : mentions) {
            if (taken.stream().anyMatch(t -> t.start() < best.end() && best.start() < t.end())) {
                continue;
            }
            List<Mention> alike = mentions.stream()
                    .filter(m -> m.start() == best.start() && m.end() == best.end()
                            && Math.abs(m.score() - best.score()) < SAME_SCORE && m.matched() == best.matched())
                    .toList();
            boolean anyInColor = alike.stream().anyMatch(m -> inColor(m, named));
            alike.stream().filter(m -> !anyInColor || inColor(m, named)).limit(maxCandidates)
                    .forEach(m -> found.add(new EntitySpan(EntityKind.PRODUCT, index.product(m.product()).sku(),
                            m.start(), m.end())));
            taken.add(best);
        }
        return found;
    }

    private boolean inColor(Mention mention, Set<String> families) {
        return !families.isEmpty() && colorFamilies.get(mention.product()).stream().anyMatch(families::contains);
    }
}
