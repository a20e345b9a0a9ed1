package com.shopmate.nlu.entity.catalog;

import com.shopmate.nlu.entity.catalog.CatalogTerms.Term;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogTermsTest {

    @Test
    void chineseBecomesCharacterPairsAndEnglishStemmedWordsWithoutStopWords() {
        List<String> terms = CatalogTerms.of("the 羽绒服 running shoes 的 k4").stream().map(Term::text).toList();

        assertEquals(List.of("羽绒", "绒服", "running", "shoe", "的", "k4"), terms);
    }

    @Test
    void termsKeepTheirSpans() {
        assertEquals(new Term("绒服", 3, 5), CatalogTerms.of("那款羽绒服").get(3));
    }

    @Test
    void sizesAndAmountsAreSpecs() {
        assertTrue(CatalogTerms.isSpec("256gb"));
        assertTrue(CatalogTerms.isSpec("50ml"));
        assertFalse(CatalogTerms.isSpec("k4"));
    }
}
