package com.shopmate.nlu.entity.trained;

import com.shopmate.events.IntentClassified.Entity;
import com.shopmate.nlu.entity.EntityExtractor;
import com.shopmate.nlu.entity.EntityKind;
import com.shopmate.nlu.entity.EntitySettings;
import com.shopmate.nlu.entity.TrainedEntities;
import com.shopmate.nlu.entity.catalog.ResourceProductCatalog;
import com.shopmate.text.training.IntentModels;
import com.shopmate.text.trainingdata.TrainingDataLoader;
import com.shopmate.text.trainingdata.TrainingDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static com.shopmate.nlu.entity.Recognized.TUESDAY_2026_12_01;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in pack's lookups, synonyms, annotations and tagger, and a shop's own regex, through the extractor. */
class TrainingDataEntitiesTest {

    private static final double MIN_CONFIDENCE = 0.5;
    private static final EntityExtractor EXTRACTOR = new EntityExtractor(EntitySettings.DEFAULTS,
            ResourceProductCatalog.demoShop());
    private static TrainedEntities pack;

    @BeforeAll
    static void trainThePack() {
        pack = TrainedEntityRecognizers.from(IntentModels.trainEntities(
                TrainingDataLoader.load(Path.of("src/main/resources/nlu/training"))), MIN_CONFIDENCE);
    }

    @Test
    void aLookupIsFoundInsideAChineseSentenceWithoutSpacesAndTakesItsSynonymsValue() {
        assertEquals(List.of(new Entity("carrier", "SF", 3, 7, Entity.LOOKUP, null)), extract("我要用顺丰速运寄"));
    }

    @Test
    void anEnglishLookupMatchesOnlyAsWholeWordsInAnyCaseOrWidth() {
        assertEquals(List.of(new Entity("payment_method", "alipay", 13, 19, Entity.LOOKUP, null)),
                extract("can I pay by AliPay?"));
        assertEquals(List.of(), extract("is the alipayment page down"));
        assertEquals(List.of(new Entity("payment_method", "alipay", 2, 5, Entity.LOOKUP, null)),
                extract("我用ｚｆｂ付的"));
    }

    @Test
    void pinkishIsNotPink() {
        assertTrue(extract("a pinkish scarf").stream().noneMatch(e -> e.type().equals("color")));
        assertEquals("pink", extract("the pink one").get(0).value());
    }

    @Test
    void valuesAnnotatedInExamplesAreKnownPhrases() {
        assertEquals(List.of(new Entity("city", "杭州", 0, 2, Entity.LOOKUP, null)), extract("杭州能发货吗"));
    }

    @Test
    void overTheSameWordsTheRuleKeepsItsValue() {
        // 红色 is in the pack's colour lookup as written; the colour rule says red.
        assertEquals(List.of(new Entity("color", "red", 1, 3, Entity.RULE, null)), extract("要红色的"));
    }

    @Test
    void theTaggerFindsACityItNeverSawFromItsContext() {
        List<Entity> entities = extract("寄到温州要几天");

        assertEquals(1, entities.size(), entities::toString);
        Entity city = entities.get(0);
        assertEquals(List.of("city", "温州", 2, 4, Entity.TAGGER), List.of(city.type(), city.value(), city.start(),
                city.end(), city.source()));
        assertTrue(city.confidence() >= MIN_CONFIDENCE && city.confidence() <= 1, city::toString);
    }

    @Test
    void theTaggerFindsANewCouponCodeInEnglish() {
        List<Entity> entities = extract("promo code WINTER25 doesn't work");

        assertEquals(List.of("coupon_code WINTER25 tagger"), entities.stream()
                .map(e -> e.type() + " " + e.value() + " " + e.source()).toList());
    }

    @Test
    void theTaggerNeverAnswersForATypeARuleOwns() {
        for (String text : List.of("订单SO20261201001到哪了", "我的手机号13800138000", "XL的黑色羽绒服还有吗",
                "满300减多少", "my order SO2026112800457 hasn't shipped", "is size XL available in black")) {
            extract(text).stream().filter(e -> Entity.TAGGER.equals(e.source())).forEach(e ->
                    assertFalse(EntityKind.ofType(e.type()).isPresent(), text + ": " + e));
        }
    }

    @Test
    void aShopsRegexFindsItsTypeAndItsSynonymsNormaliseWhatTheRulesFind() {
        TrainedEntities shop = TrainedEntityRecognizers.from(IntentModels.trainEntities(TrainingDataLoader.load(
                List.of(new TrainingDataSource("shop.yml", """
                        version: 1
                        intents:
                          - name: coupon_promotion
                            examples:
                              zh: [有优惠券吗, 黑的有优惠吗]
                        regexes:
                          coupon_code: ['[A-Z]{4}\\d{2}']
                        synonyms:
                          - value: jet_black
                            zh: [黑色]
                        """)))), MIN_CONFIDENCE);

        assertEquals(List.of(new Entity("coupon_code", "ABCD12", 2, 8, Entity.REGEX, null)),
                EXTRACTOR.extract("用券ABCD12", TUESDAY_2026_12_01, shop));
        assertEquals(List.of(), EXTRACTOR.extract("code XABCD12", TUESDAY_2026_12_01, shop));
        assertEquals(List.of(new Entity("color", "jet_black", 1, 3, Entity.RULE, null)),
                EXTRACTOR.extract("有黑色吗", TUESDAY_2026_12_01, shop));
    }

    private static List<Entity> extract(String text) {
        return EXTRACTOR.extract(text, TUESDAY_2026_12_01, pack);
    }
}
