package com.shopmate.bench.corpus;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackExamplesTest {

    static final Path PACKS = Path.of("../nlu-service/src/main/resources/nlu/training");

    @Test
    void anAnnotatedOrderNumberBecomesASlotAndOtherAnnotationsTheirText() {
        ShopperText text = PackExamples.unannotated("订单[SO20261130042](order_id)的[红色](color)能换[L](size)吗");
        assertEquals("订单{order}的红色能换L吗", text.text());
        assertTrue(text.orderTemplate());
        assertEquals("订单SO1的红色能换L吗", text.withOrder("SO1"));
    }

    @Test
    void aJsonAnnotationKeepsTheWordsTheShopperTyped() {
        ShopperText text = PackExamples.unannotated("是[顺丰]{\"entity\":\"carrier\",\"value\":\"SF\"}吗");
        assertEquals("是顺丰吗", text.text());
        assertFalse(text.orderTemplate());
    }

    @Test
    void theBuiltInPacksGiveOverAThousandExamplesNoneAnnotatedAndNoConfirmation() {
        List<ShopperText> texts = PackExamples.read(PACKS);
        assertTrue(texts.size() > 1000, "examples: " + texts.size());
        assertTrue(texts.stream().noneMatch(t -> t.text().contains("](")), "markup left in a text");
        assertTrue(texts.stream().filter(ShopperText::orderTemplate).count() >= 20);
        assertTrue(texts.stream().noneMatch(t -> t.text().equals("好的") || t.text().equalsIgnoreCase("yes")),
                "a confirmation could cancel a demo order");
    }
}
