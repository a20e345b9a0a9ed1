package com.shopmate.text.trainingdata;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityAnnotationsTest {

    @Test
    void annotationIsStrippedAndSpanPointsIntoThePlainText() {
        AnnotatedText parsed = EntityAnnotations.parse("我的订单[SO20261201001](order_id)到哪了");

        assertEquals("我的订单SO20261201001到哪了", parsed.text());
        assertEquals(List.of(new EntitySpan(4, 17, "order_id", "SO20261201001")), parsed.entities());
        assertEquals("SO20261201001", parsed.entities().get(0).textIn(parsed.text()));
    }

    @Test
    void jsonAnnotationCarriesTheNormalisedValue() {
        AnnotatedText parsed = EntityAnnotations.parse("有没有[黑的]{\"entity\":\"color\",\"value\":\"black\"}[XL](size)");

        assertEquals("有没有黑的XL", parsed.text());
        assertEquals(List.of(new EntitySpan(3, 5, "color", "black"), new EntitySpan(5, 7, "size", "XL")), parsed.entities());
    }

    @Test
    void offsetsAreUtf16UnitsSoAnEmojiBeforeTheEntityCountsTwice() {
        AnnotatedText parsed = EntityAnnotations.parse("😡😡 where is [SF1234567890123](tracking_number)");

        EntitySpan span = parsed.entities().get(0);
        assertEquals(14, span.start());
        assertEquals("SF1234567890123", parsed.text().substring(span.start(), span.end()));
    }

    @Test
    void bracketsNotFollowedByAnAnnotationAreLiteralText() {
        AnnotatedText parsed = EntityAnnotations.parse("[图片] 这个[表情]是什么意思");

        assertEquals("[图片] 这个[表情]是什么意思", parsed.text());
        assertTrue(parsed.entities().isEmpty());
    }

    @Test
    void malformedAnnotationsAreRejectedWithWhatToWriteInstead() {
        for (String bad : List.of(
                "订单[SO1](order id)到了吗",
                "订单[SO1](order_id到了吗",
                "订单[SO1]{\"entity\":order_id}到了吗",
                "订单[SO1]{\"value\":\"x\"}到了吗",
                "订单[SO1]{\"entity\":\"order_id\",\"confidence\":1}到了吗",
                "订单[](order_id)到了吗",
                "订单[ SO1](order_id)到了吗",
                "订单SO1](order_id)到了吗",
                "订单[SO1](order_id:SO1)到了吗",
                "从[北京]{\"entity\":\"city\",\"role\":\"from\"}发货")) {
            InvalidAnnotationException e = assertThrows(InvalidAnnotationException.class, () -> EntityAnnotations.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("unknown entity syntax"), e.getMessage());
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
    }

    @Test
    void rasaDialectReadsTheOldShorthandAndDropsRolesWithANotice() {
        List<String> notices = new ArrayList<>();

        AnnotatedText parsed = EntityAnnotations.parse(
                "any [navy](color:blue) from [Berlin]{\"entity\":\"city\",\"role\":\"origin\"} or [Rome][{\"entity\":\"city\"},{\"entity\":\"capital\"}]",
                EntityAnnotations.Dialect.RASA, notices::add);

        assertEquals("any navy from Berlin or Rome", parsed.text());
        assertEquals(List.of(new EntitySpan(4, 8, "color", "blue"), new EntitySpan(14, 20, "city", "Berlin"),
                new EntitySpan(24, 28, "city", "Rome")), parsed.entities());
        assertEquals(2, notices.size(), notices.toString());
    }

    @Test
    void formatWritesTheShortFormUnlessTheValueDiffersFromTheText() {
        IntentExample example = new IntentExample("要黑的XL", "product_stock", "zh",
                List.of(new EntitySpan(1, 3, "color", "black"), new EntitySpan(3, 5, "size", "XL")));

        String annotated = EntityAnnotations.format(example);

        assertEquals("要[黑的]{\"entity\":\"color\",\"value\":\"black\"}[XL](size)", annotated);
        assertEquals(example.entities(), EntityAnnotations.parse(annotated).entities());
    }
}
