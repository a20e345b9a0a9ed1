package com.shopmate.shop.backend;

import com.shopmate.events.ShopActionCompleted;
import com.shopmate.events.ShopActionRequested;
import com.shopmate.events.shop.ProductVariant;
import com.shopmate.events.shop.ReturnRequest;
import com.shopmate.events.shop.ShopInteraction;
import com.shopmate.events.shop.ShopOrder;
import com.shopmate.events.shop.ShopProduct;
import com.shopmate.events.shop.ShopShipment;
import com.shopmate.events.shop.TrackingEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link ShopBackend} does, on the demo shop order-connector loads at start: each implementation's test
 * extends this. The variants share one database, so reads use orders no test changes, and the action that is applied
 * works on an order of the variant's own ({@link #unpaidOrderOfItsOwn()}). ShopEventsIT's orders are left alone.
 */
public abstract class ShopBackendContract {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** An order and its customer. */
    public record CustomersOrder(String customerId, String orderId) {
    }

    protected abstract ShopBackend backend();

    /** An unpaid order that only this variant cancels. */
    protected abstract CustomersOrder unpaidOrderOfItsOwn();

    @Test
    void anOrderIsFoundById_withItsItemsAndAddress() {
        ShopOrder order = await(() -> backend().order("SO2026112002716")).orElseThrow();

        assertEquals("C1071", order.customerId());
        assertEquals("shipped", order.status());
        assertFalse(order.items().isEmpty());
        assertNotNull(order.shippingAddress());
        assertNotNull(order.shippedAt());
    }

    @Test
    void aCustomerIsFoundById_andBySmsNumber_theMainlandCodeAddedToTheShopsElevenDigits() {
        var byId = await(() -> backend().customer("C1001")).orElseThrow();
        var byPhone = await(() -> backend().customerByPhone("+86" + byId.phone())).orElseThrow();

        assertEquals("C1001", byPhone.customerId());
        assertEquals(byId, byPhone);
        assertNotNull(byId.address());
        assertTrue(await(() -> backend().customerByPhone("+8610000000000")).isEmpty());
        assertTrue(await(() -> backend().customer("C9999")).isEmpty());
    }

    @Test
    void anUnknownOrderIsNone() {
        assertEquals(Optional.empty(), await(() -> backend().order("SO2000010100000")));
    }

    @Test
    void aCustomersOrdersComeNewestFirst_andNoMoreThanAsked() {
        List<ShopOrder> all = await(() -> backend().ordersOf("C1114", 50));
        List<ShopOrder> latest = await(() -> backend().ordersOf("C1114", 5));

        assertEquals(19, all.size());
        assertTrue(all.stream().allMatch(o -> o.customerId().equals("C1114")));
        for (int i = 1; i < all.size(); i++) {
            assertFalse(all.get(i).placedAt().isAfter(all.get(i - 1).placedAt()), "newest first at " + i);
        }
        assertEquals(all.subList(0, 5).stream().map(ShopOrder::orderId).toList(),
                latest.stream().map(ShopOrder::orderId).toList());
    }

    @Test
    void aShippedOrdersParcel_hasItsTrackingEvents_oldestFirst() {
        ShopShipment parcel = await(() -> backend().shipment("SO2026112002716")).orElseThrow();

        assertEquals("SO2026112002716", parcel.orderId());
        assertNotNull(parcel.trackingNo());
        assertEquals(5, parcel.events().size());
        List<TrackingEvent> scans = parcel.events();
        for (int i = 1; i < scans.size(); i++) {
            assertFalse(scans.get(i).time().isBefore(scans.get(i - 1).time()), "oldest first at " + i);
        }
    }

    @Test
    void anUnpaidOrderHasNoParcel() {
        assertEquals(Optional.empty(), await(() -> backend().shipment("SO2026112979745")));
    }

    @Test
    void aProductSoldInSizes_hasItsStockPerSize() {
        ShopProduct dress = await(() -> backend().product("SKU-10434")).orElseThrow();

        assertEquals("Qiyi Studio French Floral Dress", dress.name().en());
        assertEquals(List.of(new ProductVariant("L", 76), new ProductVariant("M", 55), new ProductVariant("S", 26),
                new ProductVariant("XL", 17)), dress.sizes());
        assertEquals(174, dress.stock());
        assertTrue(dress.price().signum() > 0);
        assertEquals(Optional.empty(), await(() -> backend().product("SKU-00000")));
    }

    @Test
    void theWholeCatalogueIsReadPageByPage_inSkuOrder_withTheShopsLabels() {
        List<ShopProduct> all = new java.util.ArrayList<>();
        for (List<ShopProduct> page = await(() -> backend().catalog(null, 100)); !page.isEmpty(); ) {
            all.addAll(page);
            String last = page.get(page.size() - 1).sku();
            page = await(() -> backend().catalog(last, 100));
        }

        assertEquals(295, all.size(), "the demo shop's products, each once");
        assertEquals(all.stream().map(ShopProduct::sku).sorted().toList(), all.stream().map(ShopProduct::sku).toList());
        ShopProduct phone = all.stream().filter(p -> p.sku().equals("SKU-10004")).findFirst().orElseThrow();
        assertTrue(phone.tags().stream().anyMatch(tag -> "gift".equals(tag.en()) && "送礼".equals(tag.zh())),
                phone.tags().toString());
    }

    @Test
    void purchasesAndViewsComeOldestFirst_fromTheTimeAsked() {
        List<ShopInteraction> first = await(() -> backend().interactions(null, 1000));
        java.time.Instant middle = first.get(500).at();
        List<ShopInteraction> later = await(() -> backend().interactions(middle, 10));

        assertEquals(1000, first.size());
        for (int i = 1; i < first.size(); i++) {
            assertFalse(first.get(i).at().isBefore(first.get(i - 1).at()), "oldest first");
        }
        assertEquals(Set.of("purchase", "view"), first.stream().map(ShopInteraction::kind).collect(Collectors.toSet()));
        assertTrue(later.stream().noneMatch(seen -> seen.at().isBefore(middle)), "nothing before the time asked");
        assertEquals(first.get(500).at(), later.get(0).at(), "the time asked is included");
    }

    @Test
    void productsAreFoundByWhatShoppersCallThem_inChineseAndEnglish() {
        List<ShopProduct> zh = await(() -> backend().searchProducts("降噪耳机", 5));
        List<ShopProduct> en = await(() -> backend().searchProducts("noise cancelling headphones", 5));

        assertFalse(zh.isEmpty());
        assertTrue(zh.size() <= 5);
        assertTrue(zh.stream().allMatch(p -> p.category().equals("headphones")), zh.toString());
        assertEquals("headphones", en.get(0).category());
    }

    @Test
    void anOrdersReturns_areAlsoAmongItsCustomersReturns() {
        List<ReturnRequest> ofOrder = await(() -> backend().returnsOfOrder("SO2026091642039"));
        List<ReturnRequest> ofCustomer = await(() -> backend().returnsOf("C1090"));

        assertEquals(Set.of("RMA202609192682", "RMA202609199602"),
                ofOrder.stream().map(ReturnRequest::rmaId).collect(Collectors.toSet()));
        assertTrue(ofOrder.stream().allMatch(r -> r.orderId().equals("SO2026091642039") && r.refundAmount() != null));
        assertTrue(ofCustomer.containsAll(ofOrder), ofCustomer.toString());
    }

    @Test
    void anActionIsAppliedOncePerActionId_aRepeatGetsTheSameCompletion() {
        CustomersOrder own = unpaidOrderOfItsOwn();
        ShopActionRequested cancel = cancel(own.customerId(), own.orderId());

        ShopActionCompleted first = await(() -> backend().apply(cancel, "contract-" + UUID.randomUUID()));
        ShopActionCompleted again = await(() -> backend().apply(cancel, "contract-" + UUID.randomUUID()));

        assertEquals("applied", first.outcome(), first.toString());
        assertEquals("cancelled", first.order().status());
        assertEquals(first, again);
        ShopActionCompleted anotherRequest = await(() -> backend().apply(cancel(own.customerId(), own.orderId()),
                null));
        assertEquals("refused", anotherRequest.outcome());
        assertEquals("not_cancellable", anotherRequest.reason());
        assertEquals("cancelled", await(() -> backend().order(own.orderId())).orElseThrow().status());
    }

    @Test
    void aShippedOrderIsNotCancelled_alreadyShipped() {
        ShopActionCompleted refused = await(() -> backend().apply(cancel("C1063", "SO2026112174957"), null));

        assertEquals("refused", refused.outcome());
        assertEquals("already_shipped", refused.reason());
        assertEquals("shipped", refused.order().status());
    }

    @Test
    void someoneElsesOrderIsNotOwner_andNothingOfItComesBack() {
        ShopActionCompleted refused = await(() -> backend().apply(cancel("C1071", "SO2026112107128"), null));

        assertEquals("refused", refused.outcome());
        assertEquals("not_owner", refused.reason());
        assertNull(refused.order());
    }

    private static ShopActionRequested cancel(String customerId, String orderId) {
        return new ShopActionRequested("contract-" + UUID.randomUUID(), customerId, "cancel_order", orderId, null,
                null, "customer_request", null, null, null, null);
    }

    /** On a Vert.x context, as order-connector calls its back end (the reference one's sessions need one). */
    private static <T> T await(Supplier<Uni<T>> call) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> call.get().ifNoItem().after(WAIT).fail());
        } catch (Throwable e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }
}
