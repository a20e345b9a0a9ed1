package com.shopmate.bench.reco;

import java.util.List;

/**
 * What shoppers ask the demo shop for (order-connector's {@code demo-shop/}, the same files as
 * {@code shared/demo-shop}): its twelve categories as they name them, round budgets, the features its products are
 * tagged with, products a conversation may be about, and who presents are for. Every budget and feature here is one
 * some of the category's products in stock meet, so a request built from them can be answered {@code ok}.
 */
final class DemoShopWishes {

    /**
     * A tag of a category's products as a shopper asks for it, in either language.
     *
     * @param budget what shoppers name with it, a budget some of those products in stock meet; null: asked alone
     */
    record Feature(String zh, String en, Integer budget) {
    }

    /**
     * A category of the demo shop as shoppers name it.
     *
     * @param budgets round budgets ("500元以内") that some of its products in stock meet
     * @param anchors products in stock that a conversation may be about
     */
    record Category(String key, String zh, String en, List<Integer> budgets, List<Feature> features,
                    List<String> anchors) {
    }

    record Recipient(String zh, String en) {
    }

    static final List<Category> CATEGORIES = List.of(
            new Category("phones", "手机", "phones", List.of(1500, 2000, 3000, 5000, 8000),
                    List.of(new Feature("长续航", "long-battery", 1500), new Feature("5G", "5g", 3000),
                            new Feature("折叠屏", "foldable", null)),
                    List.of("SKU-10016", "SKU-10076")),
            new Category("headphones", "耳机", "headphones", List.of(200, 300, 500, 1000),
                    List.of(new Feature("降噪", "noise-cancelling", 500), new Feature("蓝牙", "bluetooth", 300),
                            new Feature("防水", "waterproof", 500), new Feature("运动", "sport", 500)),
                    List.of("SKU-10131", "SKU-10178")),
            new Category("laptops", "笔记本电脑", "laptops", List.of(5000, 6000, 8000),
                    List.of(new Feature("轻薄", "lightweight", 6000), new Feature("办公", "office", 5000),
                            new Feature("电竞", "gaming", 8000)),
                    List.of("SKU-10276", "SKU-10254")),
            new Category("smartwatches", "智能手表", "smartwatches", List.of(300, 500, 1000, 2000),
                    List.of(new Feature("GPS", "gps", 1000), new Feature("健康监测", "health", 500)),
                    List.of("SKU-10346", "SKU-10429")),
            new Category("womens_clothing", "女装", "women's clothes", List.of(200, 300, 500),
                    List.of(new Feature("冬季", "winter", 500), new Feature("纯棉", "cotton", 300)),
                    List.of("SKU-10470", "SKU-10536")),
            new Category("mens_clothing", "男装", "men's clothes", List.of(100, 200, 300, 500),
                    List.of(new Feature("纯棉", "cotton", 200), new Feature("冬季", "winter", 500)),
                    List.of("SKU-10560", "SKU-10635")),
            new Category("sneakers", "运动鞋", "sneakers", List.of(300, 500, 800, 1000),
                    List.of(new Feature("跑步", "running", 800), new Feature("防水", "waterproof", 800),
                            new Feature("户外", "outdoor", 800)),
                    List.of("SKU-10660", "SKU-10735")),
            new Category("beauty", "护肤品", "skincare", List.of(100, 200, 300),
                    List.of(new Feature("保湿", "hydrating", 200), new Feature("敏感肌", "sensitive-skin", 200),
                            new Feature("防晒", "sun-protection", 300), new Feature("无香精", "fragrance-free", 200)),
                    List.of("SKU-10778", "SKU-10849")),
            new Category("small_appliances", "小家电", "small appliances", List.of(200, 300, 500, 1000),
                    List.of(new Feature("出行", "travel", 500)),
                    List.of("SKU-10967", "SKU-10933")),
            new Category("kitchenware", "厨具", "kitchenware", List.of(100, 200, 300),
                    List.of(new Feature("不锈钢", "stainless-steel", 200), new Feature("不粘", "non-stick", 300)),
                    List.of("SKU-10987", "SKU-11053")),
            new Category("baby", "母婴用品", "baby products", List.of(100, 200, 500),
                    List.of(new Feature("新生儿", "newborn", 200), new Feature("纯棉", "cotton", 200)),
                    List.of("SKU-11088", "SKU-11145")),
            new Category("snacks", "零食", "snacks", List.of(100),
                    List.of(new Feature("低糖", "low-sugar", 100), new Feature("香辣", "spicy", 100)),
                    List.of("SKU-11182", "SKU-11210")));

    /** The categories people give as presents. */
    static final List<String> GIFT_CATEGORIES = List.of("beauty", "smartwatches", "small_appliances",
            "womens_clothing", "mens_clothing", "kitchenware", "snacks");
    /** The budget of a present of no particular category. */
    static final List<Integer> GIFT_BUDGETS = List.of(200, 300, 500, 1000);
    static final List<Recipient> RECIPIENTS = List.of(new Recipient("妈妈", "mother"),
            new Recipient("爸爸", "father"), new Recipient("女朋友", "girlfriend"));

    private DemoShopWishes() {
    }

    static Category category(String key) {
        return CATEGORIES.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no category " + key + " in the mix"));
    }
}
