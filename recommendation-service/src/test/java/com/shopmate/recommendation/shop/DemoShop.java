package com.shopmate.recommendation.shop;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.shopmate.events.shop.ShopInteraction;
import com.shopmate.events.shop.ShopProduct;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo shop as the shop API serves it (test resources {@code demo-shop/}, made from the shared demo shop's
 * products, paid orders and product views): the catalogue in SKU order and the interactions oldest first.
 */
public final class DemoShop {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final List<ShopProduct> CATALOG = read("demo-shop/catalog.jsonl", ShopProduct.class);
    private static final List<ShopInteraction> INTERACTIONS = read("demo-shop/interactions.jsonl",
            ShopInteraction.class);

    private DemoShop() {
    }

    public static List<ShopProduct> catalog() {
        return CATALOG;
    }

    public static List<ShopInteraction> interactions() {
        return INTERACTIONS;
    }

    public static ShopProduct product(String sku) {
        return CATALOG.stream().filter(p -> p.sku().equals(sku)).findFirst().orElseThrow();
    }

    private static <T> List<T> read(String resource, Class<T> type) {
        List<T> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                DemoShop.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    rows.add(JSON.readValue(line, type));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }
}
