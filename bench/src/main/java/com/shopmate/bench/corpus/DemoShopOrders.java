package com.shopmate.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo shop's orders by customer, as order-connector loads them ({@code demo-shop/orders.jsonl}): a logged-in
 * shopper of the bench asks about orders that really are theirs, so the question reaches the back end.
 */
public final class DemoShopOrders {

    private final Map<String, List<String>> ordersByCustomer;
    private final List<String> allOrders;

    DemoShopOrders(Map<String, List<String>> ordersByCustomer) {
        this.ordersByCustomer = Map.copyOf(ordersByCustomer);
        this.allOrders = ordersByCustomer.values().stream().flatMap(List::stream).sorted().toList();
    }

    public static DemoShopOrders read(Path ordersJsonl) {
        Map<String, List<String>> byCustomer = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (String line : Files.readAllLines(ordersJsonl, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode order = json.readTree(line);
                byCustomer.computeIfAbsent(order.path("customer_id").asText(), c -> new ArrayList<>())
                        .add(order.path("order_id").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo shop's orders " + ordersJsonl, e);
        }
        if (byCustomer.isEmpty()) {
            throw new IllegalArgumentException("no orders in " + ordersJsonl);
        }
        return new DemoShopOrders(byCustomer);
    }

    /** The customers who have an order, in file order. */
    public List<String> customers() {
        return List.copyOf(ordersByCustomer.keySet());
    }

    /** Order {@code pick} (any number, wrapped) of the customer's; for an anonymous writer (null), of the shop's. */
    public String orderOf(String customerId, long pick) {
        List<String> orders = customerId == null ? allOrders : ordersByCustomer.getOrDefault(customerId, allOrders);
        return orders.get((int) Math.floorMod(pick, (long) orders.size()));
    }
}
