package com.shopmate.text.entities;

import com.shopmate.text.entities.EntityTagger.TaggedSpan;
import com.shopmate.text.trainingdata.TrainingData;
import com.shopmate.text.trainingdata.TrainingDataLoader;
import com.shopmate.text.trainingdata.TrainingDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A small operator data set: lookups, synonyms and annotated examples become known phrases and a tagger. */
class EntityModelTrainerTest {

    static final String SHOP = """
            version: 1
            intents:
              - name: shipping
                examples:
                  zh:
                    - 寄到[杭州](city)要多久
                    - 发到[北京](city)几天能到
                    - 寄到[广州](city)运费多少
                    - 能寄到[天津](city)吗
                    - 用[顺丰]{"entity":"carrier","value":"SF"}寄
                    - 你们发什么快递
                    - 多久能到
                  en:
                    - how long to ship to [Shanghai](city)
                    - can you ship to [Beijing](city)
                    - do you ship to [Tianjin](city)?
                    - how long does shipping take
              - name: coupon
                examples:
                  zh:
                    - 优惠码[SAVE20](coupon_code)无效
                    - 优惠码[NEW50](coupon_code)用不了
                    - 有优惠券吗
                  en:
                    - promo code [SAVE20](coupon_code) says invalid
                    - promo code [WELCOME5](coupon_code) is not working
                    - any coupons today
            lookups:
              carrier: { zh: [顺丰, 中通], en: [SF Express, ZTO Express] }
            synonyms:
              - value: SF
                zh: [顺丰, 顺丰速运]
                en: [SF Express]
              - value: ZTO
                zh: [中通]
            regexes:
              coupon_code: ['[A-Z]{3,8}\\d{1,3}']
            """;

    private static EntityModel model;

    @BeforeAll
    static void train() {
        TrainingData data = TrainingDataLoader.load(List.of(new TrainingDataSource("shop.yml", SHOP)));
        model = EntityModelTrainer.train(data, TaggerSettings.DEFAULTS);
    }

    @Test
    void lookupValuesTakeTheirSynonymsValue() {
        assertEquals(List.of("carrier SF"), found("中通还是顺丰").stream().filter(s -> s.endsWith("SF")).toList());
        assertTrue(found("中通还是顺丰").contains("carrier ZTO"));
    }

    @Test
    void aSynonymOfAKnownValueIsKnownForItsType() {
        assertEquals(List.of("carrier SF"), found("我要用顺丰速运寄"));
    }

    @Test
    void annotatedValuesAreKnownPhrasesToo() {
        assertEquals(List.of("city 杭州"), found("杭州有货吗"));
    }

    @Test
    void theRegexesAreKeptForTheirType() {
        assertEquals("coupon_code", model.regexes().get(0).name());
    }

    @Test
    void theTaggerFindsAValueItNeverSawFromItsContext() {
        TokenizedText text = TokenizedText.of("寄到温州要多久");
        List<TaggedSpan> tagged = model.tagger().tag(text);

        assertEquals(1, tagged.size(), tagged::toString);
        assertEquals("city", tagged.get(0).type());
        assertEquals("温州", text.span(tagged.get(0).from(), tagged.get(0).to()));
        assertTrue(tagged.get(0).confidence() > 0 && tagged.get(0).confidence() <= 1);
    }

    @Test
    void theTaggerFindsAnUnseenCodeInEnglish() {
        TokenizedText text = TokenizedText.of("promo code SPRING15 is not working");

        assertEquals(List.of("coupon_code SPRING15"), model.tagger().tag(text).stream()
                .map(s -> s.type() + " " + text.span(s.from(), s.to())).toList());
    }

    @Test
    void theSameDataGiveTheSameVersion() {
        TrainingData data = TrainingDataLoader.load(List.of(new TrainingDataSource("shop.yml", SHOP)));
        assertEquals(model.version(), EntityModelTrainer.train(data, TaggerSettings.DEFAULTS).version());
    }

    private static List<String> found(String s) {
        return model.gazetteer().find(TokenizedText.of(s)).stream()
                .map(m -> m.entry().type() + " " + m.entry().value()).toList();
    }
}
