package com.shopmate.bench.chaos;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CancellationTargetTest {

    private static final Path ORDERS = Path.of("../order-connector/src/main/resources/demo-shop/orders.jsonl");

    @Test
    void onlyPaidOrdersOfCustomersTheLoadDoesNotUseAreCancelled() {
        // C1077's SO2026112888156 is paid and not shipped (scenarios: zh-app-cancel-paid-confirmed).
        List<CancellationTarget> all = CancellationTarget.pick(ORDERS, Set.of(), 100);
        assertTrue(all.contains(new CancellationTarget("SO2026112888156", "C1077", all.stream()
                .filter(t -> t.orderId().equals("SO2026112888156")).findFirst().orElseThrow().english())));

        List<CancellationTarget> picked = CancellationTarget.pick(ORDERS, Set.of("C1077"), 100);
        assertFalse(picked.stream().anyMatch(t -> t.customerId().equals("C1077")));
        assertEquals(picked.size(), picked.stream().map(CancellationTarget::customerId).distinct().count(),
                "one order per customer");
    }

    @Test
    void theShopperAsksThenConfirmsInTheirLanguage() {
        assertEquals(List.of("帮我取消 SO1 这个订单", "确认取消"), new CancellationTarget("SO1", "C1", false).turns());
        assertEquals(List.of("Please cancel my order SO1.", "Yes, cancel it."),
                new CancellationTarget("SO1", "C1", true).turns());
    }

    @Test
    void noMoreThanAskedFor() {
        assertEquals(3, CancellationTarget.pick(ORDERS, Set.of(), 3).size());
    }
}
