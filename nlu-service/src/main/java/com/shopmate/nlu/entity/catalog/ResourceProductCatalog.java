package com.shopmate.nlu.entity.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A catalog in a JSON Lines class-path resource, one product a line with the demo shop's field names
 * ({@code sku, name_zh, name_en, brand, brand_zh, category, category_zh, category_en, model, colors, review_count};
 * other fields are ignored, so a full products.jsonl reads too).
 */
public final class ResourceProductCatalog implements ProductCatalog {

    /** The reference demo shop's 295 products, copied from its products.jsonl. */
    public static final String DEMO_SHOP = "nlu/catalog/products.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static volatile ResourceProductCatalog demoShop;

    private final List<CatalogProduct> products;

    private ResourceProductCatalog(List<CatalogProduct> products) {
        this.products = List.copyOf(products);
    }

    /** The demo shop's catalog, read once. */
    public static ResourceProductCatalog demoShop() {
        ResourceProductCatalog catalog = demoShop;
        if (catalog == null) {
            catalog = fromClasspath(DEMO_SHOP);
            demoShop = catalog;
        }
        return catalog;
    }

    public static ResourceProductCatalog fromClasspath(String resource) {
        try (InputStream in = ResourceProductCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("product catalog " + resource + " is not on the class path");
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("product catalog " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    static ResourceProductCatalog read(InputStream in, String source) throws IOException {
        List<CatalogProduct> products = new ArrayList<>();
        Set<String> skus = new HashSet<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            CatalogProduct product;
            try {
                product = JSON.readValue(line, CatalogProduct.class);
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + number + ": " + e.getMessage(), e);
            }
            if (!skus.add(product.sku())) {
                throw new IllegalArgumentException(source + " line " + number + ": sku " + product.sku() + " twice");
            }
            products.add(product);
        }
        return new ResourceProductCatalog(products);
    }

    @Override
    public List<CatalogProduct> products() {
        return products;
    }
}
