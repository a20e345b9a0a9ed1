package com.shopmate.bench.shopquery;

import com.shopmate.events.ShopQueryRequested;

import java.util.List;

/**
 * The questions a shop query run asks, a pure function of the query's index, so that two runs ask the same things in
 * the same order. Every question is valid against the demo shop order-connector loads (order-connector's
 * {@code demo-shop/}, the same files as {@code shared/demo-shop}) and is answered {@code ok}: an order question asks
 * about an order of that very customer, a parcel question about an order that has shipped.
 */
public final class ShopQueryMix {

    public static final String CUSTOMER_ORDERS = "customer_orders";
    public static final String ORDER = "order";
    public static final String SHIPMENT = "shipment";
    public static final String PRODUCT = "product";
    public static final String PRODUCT_SEARCH = "product_search";
    public static final List<String> KINDS = List.of(CUSTOMER_ORDERS, ORDER, SHIPMENT, PRODUCT, PRODUCT_SEARCH);

    /**
     * Query {@code i} is of kind {@code CYCLE[i mod 10]}: where-is-my-parcel the most, as in a shop's service chats,
     * then the order list, one order, product searches and a product's page.
     */
    static final List<String> CYCLE = List.of(SHIPMENT, CUSTOMER_ORDERS, ORDER, PRODUCT_SEARCH, SHIPMENT,
            PRODUCT, CUSTOMER_ORDERS, SHIPMENT, ORDER, PRODUCT_SEARCH);

    /** The demo shop's customers are C1001 … C1120; a few have no order yet, which is still an {@code ok} answer. */
    static final int FIRST_CUSTOMER = 1001;
    static final int CUSTOMERS = 120;
    /** What the dialogue asks for when a shopper wants their orders. */
    static final int ORDERS_LIMIT = 10;

    /** An order and the customer who placed it. */
    record CustomerOrder(String customerId, String orderId) {
    }

    /** One order in each status, twice: paid, pending, cancelled and returned orders are looked up too. */
    static final List<CustomerOrder> ORDERS = List.of(
            new CustomerOrder("C1110", "SO2025120995184"), new CustomerOrder("C1099", "SO2026112406836"),
            new CustomerOrder("C1019", "SO2026111911019"), new CustomerOrder("C1033", "SO2026051589381"),
            new CustomerOrder("C1030", "SO2026112922636"), new CustomerOrder("C1114", "SO2026082027416"),
            new CustomerOrder("C1117", "SO2026111875428"), new CustomerOrder("C1008", "SO2026111456648"),
            new CustomerOrder("C1081", "SO2025120958668"), new CustomerOrder("C1005", "SO2026112524504"),
            new CustomerOrder("C1071", "SO2026112002716"), new CustomerOrder("C1027", "SO2026052277028"),
            new CustomerOrder("C1085", "SO2026112974737"), new CustomerOrder("C1040", "SO2026082481464"),
            new CustomerOrder("C1093", "SO2026111948084"), new CustomerOrder("C1017", "SO2026111604732"));

    /** Orders with a parcel: six on their way, six delivered. */
    static final List<CustomerOrder> SHIPPED_ORDERS = List.of(
            new CustomerOrder("C1063", "SO2026112174957"), new CustomerOrder("C1004", "SO2026112185209"),
            new CustomerOrder("C1088", "SO2026112107128"), new CustomerOrder("C1108", "SO2026112243599"),
            new CustomerOrder("C1091", "SO2026112389568"), new CustomerOrder("C1028", "SO2026112360894"),
            new CustomerOrder("C1104", "SO2026020881427"), new CustomerOrder("C1021", "SO2026020911304"),
            new CustomerOrder("C1068", "SO2026031235792"), new CustomerOrder("C1026", "SO2026040295497"),
            new CustomerOrder("C1037", "SO2026042802522"), new CustomerOrder("C1001", "SO2026042988188"));

    /** One product of each of twelve categories, phones to snacks. */
    static final List<String> SKUS = List.of("SKU-10004", "SKU-10131", "SKU-10246", "SKU-10346", "SKU-10470",
            "SKU-10560", "SKU-10660", "SKU-10778", "SKU-10884", "SKU-10987", "SKU-11088", "SKU-11182");

    static final List<String> SEARCH_TEXTS = List.of("降噪耳机", "running shoes", "手机", "laptop");

    private ShopQueryMix() {
    }

    public static String kind(long index) {
        return CYCLE.get((int) (index % CYCLE.size()));
    }

    /** Query {@code index} of a run, under the id its answer will carry back. */
    public static ShopQueryRequested query(String queryId, long index) {
        // The n-th query of its kind picks the n-th customer, order, product or text, round and round.
        long nth = index / CYCLE.size() * countInCycle(kind(index)) + countInCycleBefore(index);
        return switch (kind(index)) {
            case CUSTOMER_ORDERS -> new ShopQueryRequested(queryId, "C" + (FIRST_CUSTOMER + nth % CUSTOMERS),
                    CUSTOMER_ORDERS, null, null, null, ORDERS_LIMIT);
            case ORDER -> orderQuery(queryId, ORDER, pick(ORDERS, nth));
            case SHIPMENT -> orderQuery(queryId, SHIPMENT, pick(SHIPPED_ORDERS, nth));
            case PRODUCT -> new ShopQueryRequested(queryId, null, PRODUCT, null, pick(SKUS, nth), null, null);
            case PRODUCT_SEARCH -> new ShopQueryRequested(queryId, null, PRODUCT_SEARCH, null, null,
                    pick(SEARCH_TEXTS, nth), null);
            default -> throw new IllegalStateException("no query of kind " + kind(index));
        };
    }

    private static ShopQueryRequested orderQuery(String queryId, String kind, CustomerOrder order) {
        return new ShopQueryRequested(queryId, order.customerId(), kind, order.orderId(), null, null, null);
    }

    private static <T> T pick(List<T> values, long nth) {
        return values.get((int) (nth % values.size()));
    }

    private static int countInCycle(String kind) {
        return (int) CYCLE.stream().filter(kind::equals).count();
    }

    private static int countInCycleBefore(long index) {
        int slot = (int) (index % CYCLE.size());
        return (int) CYCLE.subList(0, slot).stream().filter(kind(index)::equals).count();
    }
}
