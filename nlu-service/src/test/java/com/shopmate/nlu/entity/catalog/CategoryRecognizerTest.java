package com.shopmate.nlu.entity.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.shopmate.nlu.entity.Recognized.by;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CategoryRecognizerTest {

    private final CategoryRecognizer categories = new CategoryRecognizer(ResourceProductCatalog.demoShop(),
            CategoryRecognizer.synonymsFromClasspath());

    @Test
    void findsCategoriesByDisplayNameAndSynonymValuedByKey() {
        assertEquals(List.of("phones=手机", "headphones=earbuds", "laptops=笔记本电脑", "beauty=Beauty & Skincare"),
                by(categories, "手机、earbuds、笔记本电脑还是Beauty & Skincare"));
    }

    @Test
    void aCategoryWordThatIsPartOfAnotherMeaningIsNone() {
        assertEquals(List.of(), by(categories, "手机号码 my phone number is 手机13800138000, phone is +86 138"));
    }

    @Test
    void aCategoryTheCatalogLacksIsNotFound() {
        var oneCategory = new CategoryRecognizer(() -> List.of(new CatalogProduct("SKU-1", "测试手机", "Test Phone",
                "Test", "测试", "phones", "手机", "Phones", null, List.of(), 0)),
                CategoryRecognizer.synonymsFromClasspath());

        assertEquals(List.of("phones=smartphone"), by(oneCategory, "smartphone or earbuds"));
    }
}
