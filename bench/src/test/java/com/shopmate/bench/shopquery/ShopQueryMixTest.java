package com.shopmate.bench.shopquery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.events.ShopQueryRequested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopQueryMixTest {

    // The demo shop order-connector loads; the tests run in the bench module's directory.
    private static final Path DEMO_SHOP = Path.of("../order-connector/src/main/resources/demo-shop");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSameIndexAsksTheSameQuestion_underTheIdGiven() {
        for (long i = 0; i < 1_000; i++) {
            ShopQueryRequested query = ShopQueryMix.query("q" + i, i);
            assertEquals(query, ShopQueryMix.query("q" + i, i));
            assertEquals("q" + i, query.queryId());
            assertEquals(ShopQueryMix.kind(i), query.kind());
        }
    }

    @Test
    void tenQueriesInARow_areThreeParcels_twoOrderLists_twoOrders_twoSearches_oneProduct() {
        Map<String, Long> kinds = java.util.stream.LongStream.range(0, 1_000)
                .mapToObj(i -> ShopQueryMix.query("q", i).kind())
                .collect(Collectors.groupingBy(kind -> kind, Collectors.counting()));

        assertEquals(Map.of("shipment", 300L, "customer_orders", 200L, "order", 200L, "product_search", 200L,
                "product", 100L), kinds);
    }

    @Test
    void everyQueryCarriesWhatItsKindNeeds() {
        for (long i = 0; i < 1_000; i++) {
            ShopQueryRequested q = ShopQueryMix.query("q", i);
            switch (q.kind()) {
                case "customer_orders" -> {
                    assertTrue(q.customerId().matches("C1(0\\d\\d|1[01]\\d|120)"), q.toString());
                    assertTrue(Integer.parseInt(q.customerId().substring(1)) >= 1001, q.toString());
                    assertEquals(10, q.limit());
                }
                case "order", "shipment" -> {
                    assertNotNull(q.customerId(), q.toString());
                    assertNotNull(q.orderId(), q.toString());
                }
                case "product" -> {
                    assertNull(q.customerId());
                    assertNotNull(q.sku());
                }
                case "product_search" -> assertTrue(List.of("降噪耳机", "running shoes", "手机", "laptop")
                        .contains(q.text()), q.toString());
                default -> throw new AssertionError("unexpected kind " + q.kind());
            }
        }
    }

    @Test
    void theOrderListsGoRoundEveryCustomer_andEveryPairAndProductIsAskedFor() {
        Set<String> customers = new HashSet<>();
        Set<String> orders = new HashSet<>();
        Set<String> parcels = new HashSet<>();
        Set<String> skus = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (long i = 0; i < 600; i++) {
            ShopQueryRequested q = ShopQueryMix.query("q", i);
            switch (q.kind()) {
                case "customer_orders" -> customers.add(q.customerId());
                case "order" -> orders.add(q.orderId());
                case "shipment" -> parcels.add(q.orderId());
                case "product" -> skus.add(q.sku());
                default -> texts.add(q.text());
            }
        }

        assertEquals(120, customers.size());
        assertEquals(ShopQueryMix.ORDERS.size(), orders.size());
        assertEquals(ShopQueryMix.SHIPPED_ORDERS.size(), parcels.size());
        assertEquals(ShopQueryMix.SKUS.size(), skus.size());
        assertEquals(ShopQueryMix.SEARCH_TEXTS.size(), texts.size());
    }

    @Test
    void everyOrderIsItsCustomersOwn_everyParcelHasShipped_everySkuIsSold() throws IOException {
        Map<String, String> ownerOfOrder = new HashMap<>();
        for (JsonNode order : rows("orders.jsonl")) {
            ownerOfOrder.put(order.get("order_id").asText(), order.get("customer_id").asText());
        }
        Set<String> shipped = rows("shipments.jsonl").stream().map(s -> s.get("order_id").asText())
                .collect(Collectors.toSet());
        Set<String> skus = rows("products.jsonl").stream().map(p -> p.get("sku").asText())
                .collect(Collectors.toSet());
        Set<String> customers = rows("customers.jsonl").stream().map(c -> c.get("customer_id").asText())
                .collect(Collectors.toSet());

        for (var pair : ShopQueryMix.ORDERS) {
            assertEquals(pair.customerId(), ownerOfOrder.get(pair.orderId()), pair.toString());
        }
        for (var pair : ShopQueryMix.SHIPPED_ORDERS) {
            assertEquals(pair.customerId(), ownerOfOrder.get(pair.orderId()), pair.toString());
            assertTrue(shipped.contains(pair.orderId()), pair + " has a parcel");
        }
        assertTrue(skus.containsAll(ShopQueryMix.SKUS), ShopQueryMix.SKUS + " in products.jsonl");
        for (int n = 0; n < ShopQueryMix.CUSTOMERS; n++) {
            assertTrue(customers.contains("C" + (ShopQueryMix.FIRST_CUSTOMER + n)));
        }
    }

    private static List<JsonNode> rows(String file) throws IOException {
        try (var lines = Files.lines(DEMO_SHOP.resolve(file))) {
            return lines.filter(line -> !line.isBlank()).map(ShopQueryMixTest::parse).toList();
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
