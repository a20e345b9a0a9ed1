package com.shopmate.nlu.entity;

import com.shopmate.events.IntentClassified.Entity;
import com.shopmate.nlu.entity.catalog.ResourceProductCatalog;
import com.shopmate.nlu.entity.date.DateRecognizer;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static com.shopmate.nlu.entity.Recognized.TUESDAY_2026_12_01;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EntityExtractorTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor(EntitySettings.DEFAULTS,
            ResourceProductCatalog.demoShop());

    private static List<Entity> extract(String text) {
        return EXTRACTOR.extract(text, TUESDAY_2026_12_01);
    }

    @Test
    void findsAnOrderIdTouchingChineseText() {
        assertEquals(List.of(new Entity("order_id", "SO20261201001", 2, 15, Entity.RULE, null)), extract("订单SO20261201001到哪了"));
    }

    @Test
    void findsAFullWidthOrderIdWithItsHalfWidthValue() {
        assertEquals(List.of(new Entity("order_id", "SO20261201001", 2, 15, Entity.RULE, null)), extract("单号ＳＯ２０２６１２０１００１"));
    }

    @Test
    void spansAreUtf16OffsetsIntoTheOriginalText() {
        String text = "😡😡 ＳＯ２０２６１２０１００１，明天能到吗";

        List<Entity> found = extract(text);

        assertEquals(List.of(new Entity("order_id", "SO20261201001", 5, 18, Entity.RULE, null), new Entity("date", "2026-12-02", 19, 21, Entity.RULE, null)),
                found);
        assertEquals("明天", text.substring(found.get(1).start(), found.get(1).end()));
    }

    @Test
    void aSpanOverACharacterThatExpandedCoversTheOriginalCharacter() {
        String text = "⑫月3号到货";

        assertEquals(List.of(new Entity("date", "2026-12-03", 0, 4, Entity.RULE, null)), extract(text));
    }

    @Test
    void anEmailWinsOverTheNumbersInsideIt() {
        assertEquals(List.of(new Entity("email", "li.wei13800138000@qq.com", 6, 30, Entity.RULE, null)),
                extract("email li.wei13800138000@qq.com thanks"));
    }

    @Test
    void aPhoneNumberWinsOverTheOrderIdInsideIt() {
        assertEquals(List.of(new Entity("phone", "+8613800138000", 0, 14, Entity.RULE, null)), extract("+8613800138000"));
    }

    @Test
    void aCarrierTrackingNumberWinsOverTheSameTextReadAsAnOrderId() {
        assertEquals(List.of(new Entity("tracking_number", "SF1700259398222", 2, 17, Entity.RULE, null)),
                extract("顺丰SF1700259398222到哪了"));
    }

    @Test
    void aRelativeDateWinsOverTheCountInsideIt() {
        assertEquals(List.of(new Entity("date", "2026-09-01", 0, 4, Entity.RULE, null)), extract("3个月前买的"));
    }

    @Test
    void aSentenceYieldsEveryKindItHoldsInTextOrder() {
        String text = "订单SO2026111500123里那双Leap L5跑步鞋42码，昨天到的，能换两双吗？";

        List<String> found = extract(text).stream()
                .map(e -> e.type() + ":" + e.value() + "=" + text.substring(e.start(), e.end())).toList();

        assertEquals(List.of("order_id:SO2026111500123=SO2026111500123", "product:SKU-10660=Leap L5跑步鞋",
                "size:42=42码", "date:2026-11-30=昨天", "quantity:2=两双"), found);
    }

    @Test
    void englishSentenceYieldsItsEntities() {
        String text = "I paid $20 for two pairs of the black running shoes last Monday, email me at Li@Example.COM";

        List<String> found = extract(text).stream().map(e -> e.type() + ":" + e.value()).toList();

        // Three running shoes come in a black: alternatives over the same words, best known first.
        assertEquals(List.of("money:USD 20", "quantity:2", "color:black", "product:SKU-10665", "product:SKU-10677",
                "product:SKU-10670", "date:2026-11-30", "email:Li@example.com"), found);
    }

    @Test
    void withoutAReferenceDateTodayIsTakenFromTheClockInTheShopsZone() {
        // 2026-11-30T17:00Z is already 1 December in Shanghai.
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T17:00:00Z"), ZoneId.of("Asia/Shanghai"));
        EntityExtractor extractor = new EntityExtractor(List.of(new DateRecognizer()), clock);

        assertEquals(List.of(new Entity("date", "2026-12-01", 0, 2, Entity.RULE, null)), extractor.extract("今天"));
    }

    @Test
    void textWithoutEntitiesYieldsNone() {
        assertEquals(List.of(), extract("你好，在吗？"));
        assertEquals(List.of(), extract("Hello there, can you help me?"));
    }
}
