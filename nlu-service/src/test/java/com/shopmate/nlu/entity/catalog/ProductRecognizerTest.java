package com.shopmate.nlu.entity.catalog;

import com.shopmate.nlu.entity.attribute.ColorLexicon;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.shopmate.nlu.entity.Recognized.by;
import static com.shopmate.nlu.entity.Recognized.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ProductRecognizerTest {

    private static final ProductRecognizer PRODUCTS = new ProductRecognizer(ResourceProductCatalog.demoShop(),
            ColorLexicon.fromClasspath(), 0.5, 3);

    @Test
    void aModelNameIsItsProduct() {
        assertEquals(List.of("SKU-10004=Onyx K4"), by(PRODUCTS, "Onyx K4 怎么样"));
        assertEquals(List.of("SKU-10004=onyx k4"), by(PRODUCTS, "the onyx k4 in obsidian black"));
    }

    @Test
    void aChineseProductTypeFindsProductsInTheColourNamed() {
        // Of the seven down jackets only 素禾 连帽短款羽绒服 comes in black.
        assertEquals(List.of("SKU-10494=羽绒服"), by(PRODUCTS, "那款黑色的羽绒服"));
    }

    @Test
    void equallyGoodMatchesComeAsAlternativesBestKnownFirst() {
        assertEquals(List.of("SKU-10656=running shoe", "SKU-10650=running shoe", "SKU-10665=running shoe"),
                by(PRODUCTS, "the nike running shoe"));
    }

    @Test
    void aMentionMatchingMoreOfANameWins() {
        assertEquals(List.of("SKU-10660=Leap L5 running shoes"), by(PRODUCTS, "a pair of Leap L5 running shoes"));
        assertEquals(List.of("SKU-10660=Leap L5跑步鞋"), by(PRODUCTS, "Leap L5跑步鞋42码"));
    }

    @Test
    void theBrandMakesItsProductsComeFirst() {
        assertEquals(List.of("SKU-10591", "SKU-10504", "SKU-10494"), values(PRODUCTS, "素禾的羽绒服"));
    }

    @Test
    void englishWordsMatchWithATypo() {
        assertEquals(List.of("SKU-10927=Cozy G5 robot vaccum"), by(PRODUCTS, "is the Cozy G5 robot vaccum any good"));
    }

    @Test
    void aBrandOrCategoryAloneIsNoProduct() {
        assertEquals(List.of(), by(PRODUCTS, "曜石的手机 手机号 耳机 shoes"));
    }

    @Test
    void theThresholdIsHonoured() {
        var strict = new ProductRecognizer(ResourceProductCatalog.demoShop(), ColorLexicon.fromClasspath(), 0.9, 3);

        assertEquals(List.of(), by(strict, "那款黑色的羽绒服"));
        assertEquals(List.of("SKU-10004=Onyx K4"), by(strict, "Onyx K4"));
    }
}
