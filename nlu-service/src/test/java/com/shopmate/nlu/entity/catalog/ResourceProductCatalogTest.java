package com.shopmate.nlu.entity.catalog;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResourceProductCatalogTest {

    @Test
    void theDemoShopCatalogShipsWithTheService() {
        var products = ResourceProductCatalog.demoShop().products();

        assertEquals(295, products.size());
        CatalogProduct phone = products.stream().filter(p -> p.sku().equals("SKU-10004")).findFirst().orElseThrow();
        assertEquals("Obsidra", phone.brand());
        assertEquals("曜石", phone.brandZh());
        assertEquals("phones", phone.category());
        assertEquals("Onyx K4", phone.model());
        assertTrue(phone.colors().contains(new CatalogProduct.ProductColor("曜石黑", "Obsidian Black")));
    }

    @Test
    void aFullProductLineWithFieldsItDoesNotNeedReads() throws Exception {
        String line = """
                {"sku":"SKU-1","name_zh":"测试 手机","name_en":"Test Phone","brand":"Test","brand_zh":"测试",\
                "category":"phones","price_cny":99,"attributes":{"colors":[]},"review_count":3}
                """;

        var catalog = ResourceProductCatalog.read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "t");

        assertEquals("Test Phone", catalog.products().get(0).nameEn());
    }

    @Test
    void aSkuTwiceIsRefusedWithItsLine() {
        String lines = "{\"sku\":\"SKU-1\",\"name_en\":\"A\"}\n{\"sku\":\"SKU-1\",\"name_en\":\"B\"}\n";

        var e = assertThrows(IllegalArgumentException.class, () -> ResourceProductCatalog.read(
                new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "products.jsonl"));
        assertEquals("products.jsonl line 2: sku SKU-1 twice", e.getMessage());
    }
}
