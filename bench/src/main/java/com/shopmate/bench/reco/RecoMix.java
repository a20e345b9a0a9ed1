package com.shopmate.bench.reco;

import com.shopmate.bench.reco.DemoShopWishes.Category;
import com.shopmate.bench.reco.DemoShopWishes.Feature;
import com.shopmate.bench.reco.DemoShopWishes.Recipient;
import com.shopmate.bench.reco.ShopperWords.Wording;
import com.shopmate.events.RecommendationRequested;
import com.shopmate.events.RecommendationRequested.Wanted;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

import static com.shopmate.bench.reco.DemoShopWishes.CATEGORIES;
import static com.shopmate.bench.reco.ShopperWords.fill;

/**
 * The suggestions a reco run asks for, a pure function of the request's index: its kind comes round in a fixed
 * cycle, and the rest (category, budget, feature, anchor, customer, language, wording) is drawn from
 * {@link DemoShopWishes} and {@link ShopperWords} by a generator seeded with {@link #SEED} and the index, so two runs
 * ask the same things in the same order. Every request is one the dialogue could send: purpose {@code asked} (a
 * cross-sell would meet the marketing cap), {@link #LIMIT} items, the shopper's words in {@code text}.
 */
public final class RecoMix {

    /** A category and nothing more: "有什么好的耳机推荐吗？" */
    public static final String CATEGORY = "category";
    /** A category within a budget: "3000元以内的手机有推荐吗". */
    public static final String BUDGET = "budget";
    /** A category with a feature, sometimes within a budget: "推荐一款500元以内的降噪耳机". */
    public static final String FEATURE = "feature";
    /** A present for someone, sometimes of a category or within a budget: "想给妈妈买个礼物". */
    public static final String GIFT = "gift";
    /** Like, or going with, the product the conversation is about (the anchor): "有没有类似的？" */
    public static final String SIMILAR = "similar";
    /** A known customer asks for anything: the answer comes from their purchases and views alone. */
    public static final String FOR_ME = "for_me";
    public static final List<String> KINDS = List.of(CATEGORY, BUDGET, FEATURE, GIFT, SIMILAR, FOR_ME);

    /** Request {@code i} is of kind {@code CYCLE[i mod 10]}. */
    static final List<String> CYCLE = List.of(CATEGORY, FEATURE, BUDGET, SIMILAR, FOR_ME,
            CATEGORY, GIFT, FEATURE, BUDGET, SIMILAR);

    public static final long SEED = 20_251_205L;
    /** What the dialogue asks for. */
    static final int LIMIT = 3;
    /** The demo shop's customers are C1001 … C1120. */
    static final int FIRST_CUSTOMER = 1001;
    static final int CUSTOMERS = 120;
    // The shares of requests drawn one way or the other.
    static final double ANONYMOUS = 0.4;
    static final double ENGLISH = 0.4;
    static final double FEATURE_WITHIN_BUDGET = 0.5;
    static final double GIFT_OF_CATEGORY = 0.6;
    static final double GIFT_WITHIN_BUDGET = 0.5;
    static final double SIMILAR_IN_CATEGORY = 0.5;

    private RecoMix() {
    }

    public static String kind(long index) {
        return CYCLE.get((int) (index % CYCLE.size()));
    }

    /** What a request asks for, read from the request alone: the kind it was made as. */
    static String kindOf(RecommendationRequested request) {
        Wanted wanted = request.wanted();
        if (!request.anchors().isEmpty()) {
            return SIMILAR;
        }
        if (wanted.forWhom() != null) {
            return GIFT;
        }
        if (!wanted.features().isEmpty()) {
            return FEATURE;
        }
        if (wanted.maxPrice() != null) {
            return BUDGET;
        }
        return wanted.category() != null ? CATEGORY : FOR_ME;
    }

    /** Request {@code index} of a run, under the id its answer will carry back. */
    public static RecommendationRequested request(String requestId, long index) {
        var random = new SplittableRandom(SEED + index);
        String kind = kind(index);
        boolean english = random.nextDouble() < ENGLISH;
        boolean anonymous = !FOR_ME.equals(kind) && random.nextDouble() < ANONYMOUS;
        String customerId = anonymous ? null : "C" + (FIRST_CUSTOMER + random.nextInt(CUSTOMERS));
        Category category = pick(random, CATEGORIES);
        Wanted wanted = Wanted.ANYTHING;
        List<String> anchors = List.of();
        String text;
        switch (kind) {
            case CATEGORY -> {
                wanted = wanted(category.key(), null, null, null);
                text = fill(ShopperWords.CATEGORY.pick(random, english), name(category, english), null, null, null);
            }
            case BUDGET -> {
                Integer budget = pick(random, category.budgets());
                wanted = wanted(category.key(), budget, null, null);
                text = fill(ShopperWords.BUDGET.pick(random, english), name(category, english), budget, null, null);
            }
            case FEATURE -> {
                Feature feature = pick(random, category.features());
                Integer budget = feature.budget() != null && random.nextDouble() < FEATURE_WITHIN_BUDGET
                        ? feature.budget() : null;
                String said = english ? feature.en() : feature.zh();
                wanted = wanted(category.key(), budget, said, null);
                Wording wording = budget != null ? ShopperWords.FEATURE_WITHIN_BUDGET : ShopperWords.FEATURE;
                text = fill(wording.pick(random, english), name(category, english), budget, said, null);
            }
            case GIFT -> {
                Recipient recipient = pick(random, DemoShopWishes.RECIPIENTS);
                Category of = random.nextDouble() < GIFT_OF_CATEGORY
                        ? DemoShopWishes.category(pick(random, DemoShopWishes.GIFT_CATEGORIES)) : null;
                Integer budget = random.nextDouble() < GIFT_WITHIN_BUDGET
                        ? pick(random, of != null ? of.budgets() : DemoShopWishes.GIFT_BUDGETS) : null;
                String forWhom = english ? recipient.en() : recipient.zh();
                wanted = wanted(of != null ? of.key() : null, budget, null, forWhom);
                Wording wording = of != null
                        ? budget != null ? ShopperWords.GIFT_OF_CATEGORY_WITHIN_BUDGET : ShopperWords.GIFT_OF_CATEGORY
                        : budget != null ? ShopperWords.GIFT_WITHIN_BUDGET : ShopperWords.GIFT;
                text = fill(wording.pick(random, english), of != null ? name(of, english) : null, budget, null,
                        forWhom);
            }
            case SIMILAR -> {
                anchors = List.of(pick(random, category.anchors()));
                boolean inCategory = random.nextDouble() < SIMILAR_IN_CATEGORY;
                wanted = wanted(inCategory ? category.key() : null, null, null, null);
                Wording wording = inCategory ? ShopperWords.SIMILAR_IN_CATEGORY : ShopperWords.SIMILAR;
                text = fill(wording.pick(random, english), name(category, english), null, null, null);
            }
            case FOR_ME -> text = ShopperWords.FOR_ME.pick(random, english);
            default -> throw new IllegalStateException("no request of kind " + kind);
        }
        return new RecommendationRequested(requestId, RecommendationRequested.ASKED, english ? "en" : "zh",
                customerId, null, wanted, anchors, List.of(), LIMIT, text);
    }

    private static Wanted wanted(String category, Integer maxPrice, String feature, String forWhom) {
        return new Wanted(category, maxPrice != null ? BigDecimal.valueOf(maxPrice) : null, null, null, null, null,
                feature != null ? List.of(feature) : List.of(), forWhom);
    }

    private static String name(Category category, boolean english) {
        return english ? category.en() : category.zh();
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
