package com.shopmate.text.trainingdata;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The e-commerce intent pack that nlu-service ships (nlu-service/src/main/resources/nlu/training). */
class BuiltInIntentPackTest {

    private static final Path PACK = Path.of("..", "nlu-service", "src", "main", "resources", "nlu", "training");
    private static final List<String> INTENTS = List.of("greet", "goodbye", "thanks", "affirm", "deny", "order_status",
            "logistics_tracking", "delivery_delay_complaint", "return_request", "exchange_request", "refund_status",
            "cancel_order", "change_address", "product_price", "product_stock", "product_spec", "product_compare",
            "recommendation_request", "coupon_promotion", "invoice", "payment_problem", "membership", "complaint",
            "human_agent_request", "chitchat", "out_of_scope");
    private static final Set<String> ENTITY_TYPES = Set.of("order_id", "tracking_number", "phone", "email", "product",
            "color", "size", "carrier", "money", "city", "address", "coupon_code", "payment_method");
    private static final int MIN_CHINESE = 30;
    private static final int MIN_ENGLISH = 20;

    private static TrainingData pack;

    @BeforeAll
    static void loadPack() {
        // Loading validates too: an example in two intents or a malformed annotation fails here with its file and line.
        pack = TrainingDataLoader.load(PACK);
    }

    @Test
    void packHasExactlyTheBuiltInIntents() {
        assertEquals(Set.copyOf(INTENTS), Set.copyOf(pack.intentNames()));
    }

    @Test
    void everyIntentHasEnoughChineseAndEnglishExamples() {
        for (Intent intent : pack.intents()) {
            int chinese = intent.examples(Languages.CHINESE).size();
            int english = intent.examples(Languages.ENGLISH).size();
            assertTrue(chinese >= MIN_CHINESE, intent.name() + " has " + chinese + " Chinese examples, wants " + MIN_CHINESE);
            assertTrue(english >= MIN_ENGLISH, intent.name() + " has " + english + " English examples, wants " + MIN_ENGLISH);
            assertFalse(intent.description().isBlank(), intent.name() + " has no description");
        }
    }

    @Test
    void noSentenceTeachesTwoIntents() {
        Map<String, String> intentByKey = new HashMap<>();
        for (IntentExample example : pack.examples()) {
            String other = intentByKey.putIfAbsent(SentenceKey.of(example.text()), example.intent());
            assertTrue(other == null, "\"" + example.text() + "\" is in " + example.intent() + " and " + other);
        }
    }

    @Test
    void annotatedEntitiesAreKnownTypesCutFromTheirExample() {
        long annotated = 0;
        for (IntentExample example : pack.examples()) {
            for (EntitySpan span : example.entities()) {
                assertTrue(ENTITY_TYPES.contains(span.entity()), "unknown entity type " + span.entity() + " in \"" + example.text() + "\"");
                assertFalse(span.textIn(example.text()).isBlank());
                annotated++;
            }
        }
        assertTrue(annotated > 100, "only " + annotated + " entities annotated in the pack");
    }

    @Test
    void englishExamplesHaveNoChineseAndCodeSwitchedOnesAreChinese() {
        pack.examples(Languages.ENGLISH).forEach(example ->
                assertEquals(Languages.ENGLISH, Languages.detect(example.text()), "\"" + example.text() + "\" is listed as English"));
        assertEquals(Languages.CHINESE, exampleLanguage("我的order什么时候到"));
        assertEquals(Languages.CHINESE, exampleLanguage("refund 什么时候到账"));
    }

    @Test
    void lookupsAndSynonymsNormaliseWhatShoppersWrite() {
        assertEquals("black", pack.synonymFor("黑的").orElseThrow());
        assertEquals("SF", pack.synonymFor("顺丰").orElseThrow());
        assertTrue(pack.lookup("color").orElseThrow().values(Languages.CHINESE).contains("红色"));
    }

    private static String exampleLanguage(String text) {
        return pack.examples().stream().filter(example -> example.text().equals(text)).findFirst().orElseThrow().language();
    }
}
