package com.shopmate.nlu.entity.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.shopmate.nlu.entity.Recognized.by;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BrandRecognizerTest {

    private final BrandRecognizer brands = new BrandRecognizer(ResourceProductCatalog.demoShop());

    @Test
    void findsBrandsByTheirChineseAndEnglishNames() {
        assertEquals(List.of("Obsidra=曜石", "Obsidra=obsidra", "Little Acornling=Little Acornling"),
                by(brands, "曜石的手机和obsidra一样吗，Little Acornling呢"));
    }

    @Test
    void aLongEnglishNameMayHaveOneTypo() {
        assertEquals(List.of("Obsidra=Obsidera", "Cloudtread=cloudtred"), by(brands, "Obsidera or cloudtred?"));
    }

    @Test
    void aBrandIsAWholeEnglishWord() {
        assertEquals(List.of(), by(brands, "suheavy starlanding"));
    }
}
