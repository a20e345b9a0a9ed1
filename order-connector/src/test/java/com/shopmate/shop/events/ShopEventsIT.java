package com.shopmate.shop.events;

import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ShopActionCompleted;
import com.shopmate.events.ShopActionRequested;
import com.shopmate.events.ShopQueryAnswered;
import com.shopmate.events.ShopQueryRequested;
import com.shopmate.events.Topics;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * order-connector against real Kafka and PostgreSQL, on the demo shop it loads at start (dates shifted to now):
 * questions answered with the customer's own data only, actions applied once whatever the redelivery, refused ones
 * with their reason. Each test changes orders no other test reads.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
class ShopEventsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static KafkaTestClient kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void aCustomersOrdersAreAnsweredNewestFirst_andAllTheirs() {
        ShopQueryAnswered answer = ask(query("C1001", "customer_orders", null, null, null, 50));

        assertEquals("ok", answer.outcome());
        assertEquals(15, answer.orders().size());
        assertTrue(answer.orders().stream().allMatch(o -> o.customerId().equals("C1001")));
        for (int i = 1; i < answer.orders().size(); i++) {
            assertFalse(answer.orders().get(i).placedAt().isAfter(answer.orders().get(i - 1).placedAt()));
        }
    }

    @Test
    void anotherCustomersOrder_isNotOwner_andNothingOfItIsSaid() {
        ShopQueryAnswered answer = ask(query("C1001", "shipment", "SO2026111911019", null, null, null));

        assertEquals("not_owner", answer.outcome());
        assertTrue(answer.orders().isEmpty() && answer.shipments().isEmpty(), answer.toString());
    }

    @Test
    void anOrderQuestionWithoutACustomer_isNotVerified() {
        assertEquals("not_verified", ask(query(null, "order", "SO2026111911019", null, null, null)).outcome());
    }

    @Test
    void anSmsSendersNumber_isTheCustomerRegisteredWithIt() {
        ShopQueryAnswered bySms = ask(new ShopQueryRequested("q-" + UUID.randomUUID(), null, "customer", null, null,
                null, null, "+8613233209954"));
        ShopQueryAnswered nobody = ask(query(null, "customer", null, null, null, null));

        assertEquals("ok", bySms.outcome());
        assertEquals("C1001", bySms.customers().get(0).customerId());
        assertEquals("not_verified", nobody.outcome());
    }

    @Test
    void aPhoneVerifiedByAnOrderCode_hearsAboutThatOrderOnlyIfItIsTheOrders() {
        // SO2026111911019 is C1019's; its delivery phone is C1019's registered number.
        String ordersPhone = "+86" + ask(query("C1019", "customer", null, null, null, null)).customers().get(0).phone();

        ShopQueryAnswered theirs = ask(new ShopQueryRequested("q-" + UUID.randomUUID(), null, "shipment",
                "SO2026111911019", null, null, null, ordersPhone));
        ShopQueryAnswered someoneElses = ask(new ShopQueryRequested("q-" + UUID.randomUUID(), null, "shipment",
                "SO2026111911019", null, null, null, "+8613800138000"));

        assertEquals("ok", theirs.outcome());
        assertEquals(1, theirs.shipments().size());
        assertEquals("not_owner", someoneElses.outcome());
        assertTrue(someoneElses.orders().isEmpty() && someoneElses.shipments().isEmpty());
    }

    @Test
    void aShippedOrdersParcel_hasItsTrackingEvents_shiftedToNow() {
        ShopQueryAnswered answer = ask(query("C1019", "shipment", "SO2026111911019", null, null, null));

        assertEquals("ok", answer.outcome());
        assertEquals(1, answer.shipments().size());
        var parcel = answer.shipments().get(0);
        assertFalse(parcel.events().isEmpty());
        // Shipped before the reference date, so before now after the shift, and within the last weeks.
        Instant shipped = parcel.shippedAt();
        assertTrue(shipped.isBefore(Instant.now()) && shipped.isAfter(Instant.now().minus(Duration.ofDays(30))),
                shipped.toString());
    }

    @Test
    void productsAreFoundByWhatShoppersCallThem_inBothLanguages() {
        ShopQueryAnswered zh = ask(query(null, "product_search", null, null, "降噪耳机", 5));
        ShopQueryAnswered en = ask(query(null, "product_search", null, null, "noise cancelling headphones", 5));

        assertEquals("ok", zh.outcome());
        assertTrue(zh.products().stream().allMatch(p -> p.category().equals("headphones")), zh.toString());
        assertEquals("ok", en.outcome());
        assertEquals("headphones", en.products().get(0).category());
    }

    @Test
    void cancellingAnUnpaidOrder_appliesOnce_andItsRedeliveryGetsTheSameCompletion() {
        ShopActionRequested cancel = action("C1030", "cancel_order", "SO2026112922636", null, null, null);

        ShopActionCompleted first = act(cancel);
        ShopActionCompleted again = act(cancel);

        assertEquals("applied", first.outcome());
        assertEquals("cancelled", first.order().status());
        assertEquals(first, again);
        ShopActionCompleted anotherRequest = act(action("C1030", "cancel_order", "SO2026112922636", null, null, null));
        assertEquals("refused", anotherRequest.outcome());
        assertEquals("not_cancellable", anotherRequest.reason());
    }

    @Test
    void aShippedOrderCannotBeCancelled() {
        ShopActionCompleted refused = act(action("C1019", "cancel_order", "SO2026111911019", null, null, null));

        assertEquals("refused", refused.outcome());
        assertEquals("already_shipped", refused.reason());
    }

    @Test
    void someoneElsesOrderIsNotOwner_andNothingOfItComesBack() {
        ShopActionCompleted refused = act(action("C1001", "cancel_order", "SO2026112974737", null, null, null));

        assertEquals("not_owner", refused.reason());
        assertNull(refused.order());
    }

    @Test
    void aReturnWithinTheWindowMakesAnRma_onceOutsideItIsRefused() {
        ShopActionCompleted rma = act(action("C1002", "create_return", "SO2026112235308", "SKU-10429",
                "changed_mind", "unused"));
        ShopActionCompleted late = act(action("C1110", "create_return", "SO2025120995184", "SKU-10715",
                "changed_mind", "unused"));

        assertEquals("applied", rma.outcome(), rma.toString());
        assertEquals("return_requested", rma.order().status());
        assertEquals("requested", rma.returnRequest().status());
        assertTrue(rma.returnRequest().refundAmount().signum() > 0);
        assertEquals("outside_return_window", late.reason());
    }

    @Test
    void anExchangeIsOnlyToASizeInStock() {
        ShopActionCompleted outOfStock = act(exchange("C1096", "SO2026112458580", "SKU-10635", "M"));
        ShopActionCompleted inStock = act(exchange("C1096", "SO2026112458580", "SKU-10635", "L"));

        assertEquals("out_of_stock", outOfStock.reason());
        assertEquals("applied", inStock.outcome(), inStock.toString());
        assertEquals("L", inStock.returnRequest().exchangeSize());
    }

    private static ShopQueryAnswered ask(ShopQueryRequested query) {
        String conversation = "it-" + UUID.randomUUID();
        kafka.send(Topics.SHOP_QUERIES, conversation, EventCodec.encode(
                EventEnvelope.of(query, conversation, "demo-shop", Channel.APP, null)));
        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.SHOP_ANSWERS,
                r -> conversation.equals(r.key()), TIMEOUT);
        ShopQueryAnswered answer = EventCodec.decode(record.value(), ShopQueryAnswered.class).payload();
        assertEquals(query.queryId(), answer.queryId());
        return answer;
    }

    private static ShopActionCompleted act(ShopActionRequested action) {
        String conversation = "it-" + UUID.randomUUID();
        kafka.send(Topics.SHOP_ACTIONS, conversation, EventCodec.encode(
                EventEnvelope.of(action, conversation, "demo-shop", Channel.APP, null)));
        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.SHOP_ACTION_RESULTS,
                r -> conversation.equals(r.key()), TIMEOUT);
        return EventCodec.decode(record.value(), ShopActionCompleted.class).payload();
    }

    private static ShopQueryRequested query(String customer, String kind, String orderId, String sku, String text,
                                            Integer limit) {
        return new ShopQueryRequested("q-" + UUID.randomUUID(), customer, kind, orderId, sku, text, limit);
    }

    private static ShopActionRequested action(String customer, String kind, String orderId, String sku,
                                              String reason, String condition) {
        return new ShopActionRequested("a-" + UUID.randomUUID(), customer, kind, orderId, sku, null, reason,
                condition, null, null, null);
    }

    private static ShopActionRequested exchange(String customer, String orderId, String sku, String size) {
        return new ShopActionRequested("a-" + UUID.randomUUID(), customer, "create_exchange", orderId, sku, null,
                "size_issue", "unused", size, null, null);
    }

}
