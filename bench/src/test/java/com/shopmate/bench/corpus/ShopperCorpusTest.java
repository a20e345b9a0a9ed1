package com.shopmate.bench.corpus;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopperCorpusTest {

    private final ShopperCorpus corpus = new ShopperCorpus(
            PackExamples.read(PackExamplesTest.PACKS),
            List.of(new ShopperText("what is my credit score", false), new ShopperText("打开熊猫看书", false)),
            new DemoShopOrders(Map.of("C1001", List.of("SO1", "SO2"), "C1002", List.of("SO3"))));

    @Test
    void twoRunsSendTheSameTexts() {
        for (long i = 0; i < 200; i++) {
            assertEquals(corpus.text(i, "C1001"), corpus.text(i, "C1001"));
        }
    }

    @Test
    void tenThousandMessagesAreMostlyDifferentTexts() {
        Set<String> distinct = new HashSet<>();
        LongStream.range(0, 10_000).forEach(i -> distinct.add(corpus.text(i, null)));
        assertTrue(distinct.size() > 1000, "distinct texts: " + distinct.size());
    }

    @Test
    void aLoggedInCustomerAsksAboutTheirOwnOrders() {
        List<String> orderQuestions = LongStream.range(0, 400).mapToObj(i -> corpus.text(i, "C1002"))
                .filter(t -> t.contains("SO")).toList();
        assertTrue(orderQuestions.size() >= 400 * ShopperCorpus.ORDER_SHARE / ShopperCorpus.CYCLE);
        assertTrue(orderQuestions.stream().allMatch(t -> t.contains("SO3")), orderQuestions.toString());
    }

    @Test
    void everyOtherConversationIsLoggedIn() {
        assertNull(corpus.customerOf(1));
        assertTrue(Set.of("C1001", "C1002").contains(corpus.customerOf(0)));
        assertTrue(Set.of("C1001", "C1002").contains(corpus.customerOf(2)));
    }

    @Test
    void theCheckoutsDemoShopHasOrdersForItsCustomers() {
        DemoShopOrders orders = DemoShopOrders.read(
                Path.of("../order-connector/src/main/resources/demo-shop/orders.jsonl"));
        assertTrue(orders.customers().size() > 50);
        assertTrue(orders.orderOf("C1110", 0).startsWith("SO"));
    }
}
