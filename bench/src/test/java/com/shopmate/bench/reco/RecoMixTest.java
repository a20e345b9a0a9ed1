package com.shopmate.bench.reco;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.bench.reco.DemoShopWishes.Category;
import com.shopmate.bench.reco.DemoShopWishes.Feature;
import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.RecommendationRequested;
import com.shopmate.events.RecommendationRequested.Wanted;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoMixTest {

    // The demo shop order-connector loads and recommendation-service reads; the tests run in bench/.
    private static final Path DEMO_SHOP = Path.of("../order-connector/src/main/resources/demo-shop");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RUN = 5_000;
    // Tags that are no requirement when a shopper says them (recommendation-service's ranking.not-features default).
    private static final Set<String> NOT_FEATURES = Set.of("new", "新品", "budget", "高性价比", "premium", "高端",
            "bestseller", "热销", "gift", "送礼", "smart", "智能");

    @Test
    void theSameIndexAsksTheSameThing_underTheIdGiven_asTheKindItWasMadeAs() {
        for (long i = 0; i < RUN; i++) {
            RecommendationRequested request = RecoMix.request("r" + i, i);
            assertEquals(request, RecoMix.request("r" + i, i));
            assertEquals("r" + i, request.requestId());
            assertEquals(RecoMix.kind(i), RecoMix.kindOf(request), request.toString());
        }
    }

    @Test
    void tenRequestsInARow_areTwoOfEachKind_butOneGiftAndOneForMe() {
        Map<String, Long> kinds = LongStream.range(0, 1_000).mapToObj(RecoMix::kind)
                .collect(Collectors.groupingBy(kind -> kind, Collectors.counting()));

        assertEquals(Map.of("category", 200L, "budget", 200L, "feature", 200L, "gift", 100L, "similar", 200L,
                "for_me", 100L), kinds);
    }

    @Test
    void everyRequestIsOneTheDialogueCouldSend_andTravelsAsAnEvent() {
        for (RecommendationRequested r : run()) {
            assertEquals(RecommendationRequested.ASKED, r.purpose(), r.toString());
            assertTrue(List.of("zh", "en").contains(r.language()), r.toString());
            assertTrue(r.customerId() == null || r.customerId().matches("C\\d{4}")
                    && Integer.parseInt(r.customerId().substring(1)) >= 1001
                    && Integer.parseInt(r.customerId().substring(1)) <= 1120, r.toString());
            assertNull(r.phone());
            assertEquals(3, r.limit());
            assertTrue(r.exclude().isEmpty());
            assertFalse(r.text().isBlank());
            assertFalse(r.text().contains("{"), r.text());
            Wanted wanted = r.wanted();
            assertTrue(wanted.maxPrice() == null || wanted.maxPrice().compareTo(BigDecimal.valueOf(100)) >= 0
                    && wanted.maxPrice().compareTo(BigDecimal.valueOf(8000)) <= 0, r.toString());
            assertNull(wanted.minPrice());
            assertTrue(wanted.features().size() <= 1, r.toString());
            assertTrue(r.anchors().size() <= 1, r.toString());
            if (RecoMix.FOR_ME.equals(RecoMix.kindOf(r))) {
                assertNotNull(r.customerId(), "only a known customer asks for anything: " + r);
            }
            String encoded = EventCodec.encode(EventEnvelope.of(r, "bench-r1-0", "demo-shop", Channel.APP, null));
            assertEquals(r, EventCodec.decode(encoded, RecommendationRequested.class).payload());
        }
    }

    @Test
    void theWishesAreDrawnAcrossTheShop_everyCategoryFeatureAndAnchor_inBothLanguages() {
        Set<String> categories = new HashSet<>();
        Set<String> features = new HashSet<>();
        Set<String> anchors = new HashSet<>();
        Set<String> forWhom = new HashSet<>();
        Set<String> customers = new HashSet<>();
        Set<String> shapes = new HashSet<>();
        for (RecommendationRequested r : run()) {
            String kind = RecoMix.kindOf(r);
            Wanted wanted = r.wanted();
            if (wanted.category() != null) {
                categories.add(kind + ":" + wanted.category());
            }
            features.addAll(wanted.features());
            anchors.addAll(r.anchors());
            if (wanted.forWhom() != null) {
                forWhom.add(wanted.forWhom());
            }
            customers.add(r.customerId() == null ? "anonymous" : r.customerId());
            shapes.add(kind + (wanted.category() != null ? " of a category" : "")
                    + (wanted.maxPrice() != null ? " within a budget" : "") + " in " + r.language());
        }

        for (Category category : DemoShopWishes.CATEGORIES) {
            for (String kind : List.of("category", "budget", "feature", "similar")) {
                assertTrue(categories.contains(kind + ":" + category.key()), kind + " of " + category.key());
            }
            for (Feature feature : category.features()) {
                assertTrue(features.contains(feature.zh()) && features.contains(feature.en()), feature.toString());
            }
            assertTrue(anchors.containsAll(category.anchors()), category.anchors().toString());
        }
        assertTrue(categories.containsAll(DemoShopWishes.GIFT_CATEGORIES.stream().map(c -> "gift:" + c).toList()));
        assertEquals(Set.of("妈妈", "爸爸", "女朋友", "mother", "father", "girlfriend"), forWhom);
        assertTrue(customers.contains("anonymous"));
        assertEquals(RecoMix.CUSTOMERS + 1, customers.size(), "every customer and the anonymous shopper");
        for (String language : List.of("zh", "en")) {
            for (String shape : List.of("category of a category", "budget of a category within a budget",
                    "feature of a category", "feature of a category within a budget", "gift", "gift within a budget",
                    "gift of a category", "gift of a category within a budget", "similar",
                    "similar of a category", "for_me")) {
                assertTrue(shapes.contains(shape + " in " + language), shape + " in " + language + " in " + shapes);
            }
        }
    }

    @Test
    void theDemoShopSellsEveryCategory_andEveryAnchorInStock() throws IOException {
        Map<String, JsonNode> products = products();
        Set<String> categories = products.values().stream().map(p -> p.get("category").asText())
                .collect(Collectors.toSet());

        assertEquals(categories, DemoShopWishes.CATEGORIES.stream().map(Category::key).collect(Collectors.toSet()));
        for (Category category : DemoShopWishes.CATEGORIES) {
            for (String sku : category.anchors()) {
                JsonNode product = products.get(sku);
                assertNotNull(product, sku);
                assertEquals(category.key(), product.get("category").asText(), sku);
                assertTrue(product.get("stock").asInt() > 0, sku + " in stock");
            }
        }
    }

    @Test
    void everyRequestCanBeAnsweredOk_someProductInStockMeetsAllItsWishes() throws IOException {
        List<JsonNode> inStock = products().values().stream().filter(p -> p.get("stock").asInt() > 0).toList();
        for (RecommendationRequested r : run()) {
            Wanted wanted = r.wanted();
            boolean answerable = inStock.stream()
                    .filter(p -> wanted.category() == null || wanted.category().equals(p.get("category").asText()))
                    .filter(p -> wanted.maxPrice() == null
                            || p.get("price_cny").decimalValue().compareTo(wanted.maxPrice()) <= 0)
                    .filter(p -> wanted.features().stream().allMatch(feature -> has(p, feature)))
                    .anyMatch(p -> !r.anchors().contains(p.get("sku").asText()));
            assertTrue(answerable, "nothing in stock for " + r);
        }
    }

    @Test
    void theShoppersWords_nameNoTagBeyondTheWantedFeatures_andNoBrand() throws IOException {
        Set<String> tags = new HashSet<>();
        Set<String> brands = new HashSet<>();
        Set<String> categoryNames = new HashSet<>();
        for (JsonNode p : products().values()) {
            Stream.concat(stream(p.get("tags")), stream(p.get("tags_zh"))).map(RecoMixTest::normal)
                    .filter(tag -> tag.length() >= 2).forEach(tags::add);
            brands.add(normal(p.get("brand").asText()));
            brands.add(normal(p.get("brand_zh").asText()));
            categoryNames.add(normal(p.get("category_zh").asText()));
            categoryNames.add(normal(p.get("category_en").asText()));
        }
        NOT_FEATURES.stream().map(RecoMixTest::normal).forEach(tags::remove);

        for (RecommendationRequested r : run()) {
            // recommendation-service reads the text without the category names: the 运动 of 运动鞋 is no feature.
            String text = normal(r.text());
            for (String name : categoryNames) {
                text = text.replace(name, " ");
            }
            List<String> wanted = r.wanted().features().stream().map(RecoMixTest::normal).toList();
            for (String tag : tags) {
                if (text.contains(tag)) {
                    assertTrue(wanted.stream().anyMatch(feature -> feature.contains(tag)),
                            "'" + r.text() + "' names " + tag + " beyond " + wanted);
                }
            }
            for (String brand : brands) {
                assertFalse(normal(r.text()).contains(brand), "'" + r.text() + "' names the brand " + brand);
            }
        }
    }

    private static List<RecommendationRequested> run() {
        return LongStream.range(0, RUN).mapToObj(i -> RecoMix.request("r" + i, i)).toList();
    }

    // A feature is met by a tag, the name or the description, in either language, as recommendation-service has it.
    private static boolean has(JsonNode product, String feature) {
        String wanted = normal(feature);
        return Stream.of(stream(product.get("tags")), stream(product.get("tags_zh")),
                        Stream.of(product.get("name_zh").asText(), product.get("name_en").asText(),
                                product.get("description_zh").asText(), product.get("description_en").asText()))
                .flatMap(s -> s).map(RecoMixTest::normal).anyMatch(text -> text.contains(wanted));
    }

    private static Stream<String> stream(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values.stream();
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ').trim();
    }

    private static Map<String, JsonNode> products() throws IOException {
        try (var lines = Files.lines(DEMO_SHOP.resolve("products.jsonl"))) {
            return lines.filter(line -> !line.isBlank()).map(RecoMixTest::parse)
                    .collect(Collectors.toMap(p -> p.get("sku").asText(), p -> p));
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
