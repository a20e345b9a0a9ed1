package com.shopmate.shop.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads the demo shop into the reference back end's tables, dates shifted to now: at start when the database has no
 * customer, and again, in place of whatever is there, on {@code POST /admin/shop/reset}. One transaction: a reader
 * sees the old shop or the new one. Batched inserts on the reactive client: the whole shop in a few seconds.
 */
@ApplicationScoped
public class DemoShopLoader {

    private static final Logger LOG = Logger.getLogger(DemoShopLoader.class);
    private static final Duration STARTUP_LOAD_TIMEOUT = Duration.ofMinutes(2);
    private static final String TABLES = "audit_log, applied_actions, coupons_issued, refunds, returns,"
            + " tracking_events, shipments, payments, order_items, orders, product_views, product_variants, products,"
            + " customers";

    private final Pool pool;
    private final ObjectMapper json;
    private final Clock clock;
    private final boolean seedWhenEmpty;

    DemoShopLoader(Pool pool, ObjectMapper json, Clock clock,
                   @ConfigProperty(name = "shopmate.shop.seed-demo-when-empty") boolean seedWhenEmpty) {
        this.pool = pool;
        this.json = json;
        this.clock = clock;
        this.seedWhenEmpty = seedWhenEmpty;
    }

    void seedWhenEmpty(@Observes StartupEvent started) {
        if (!seedWhenEmpty) {
            return;
        }
        long customers = pool.query("select count(*) from customers").execute()
                .map(rows -> rows.iterator().next().getLong(0)).await().atMost(STARTUP_LOAD_TIMEOUT);
        if (customers == 0) {
            LoadedShop loaded = load().await().atMost(STARTUP_LOAD_TIMEOUT);
            LOG.infof("empty shop database: loaded the demo shop, %s", loaded);
        } else {
            LOG.infof("the shop database has %d customers: left as it is (POST /admin/shop/reset reloads the demo)",
                    customers);
        }
    }

    /** Empties the shop's tables and loads the demo shop, dates shifted to now. */
    public Uni<LoadedShop> load() {
        long started = System.nanoTime();
        DemoShopData data = DemoShopData.shiftedTo(clock.instant(), json);
        List<JsonNode> customers = data.rows("customers.jsonl");
        List<JsonNode> products = data.rows("products.jsonl");
        List<JsonNode> orders = data.rows("orders.jsonl");
        List<JsonNode> shipments = data.rows("shipments.jsonl");
        List<JsonNode> returns = data.rows("returns.jsonl");
        List<JsonNode> views = data.rows("product_views.jsonl");
        return pool.withTransaction(tx -> tx.query("truncate " + TABLES + " restart identity").execute()
                        .flatMap(r -> batch(tx, CUSTOMERS, customers, c -> customer(c, data)))
                        .flatMap(r -> batch(tx, PRODUCTS, products, this::product))
                        .flatMap(r -> batch(tx, VARIANTS, variants(products), Function.identity()))
                        .flatMap(r -> batch(tx, ORDERS, orders, o -> order(o, data)))
                        .flatMap(r -> batch(tx, ITEMS, items(orders), Function.identity()))
                        .flatMap(r -> batch(tx, PAYMENTS, payments(orders, data), Function.identity()))
                        .flatMap(r -> batch(tx, SHIPMENTS, shipments, s -> shipment(s, data)))
                        .flatMap(r -> batch(tx, TRACKING, tracking(shipments, data), Function.identity()))
                        .flatMap(r -> batch(tx, RETURNS, returns, rma -> returnRow(rma, data)))
                        .flatMap(r -> batch(tx, REFUNDS, refunds(orders, returns, data), Function.identity()))
                        .flatMap(r -> batch(tx, VIEWS, views, view -> view(view, data))))
                .map(r -> new LoadedShop(customers.size(), products.size(), orders.size(), shipments.size(),
                        returns.size(), data.shift(), Duration.ofNanos(System.nanoTime() - started)));
    }

    /** What a load put in the database. */
    public record LoadedShop(int customers, int products, int orders, int shipments, int returns, Duration shiftedBy,
                             Duration took) {
        @Override
        public String toString() {
            return customers + " customers, " + products + " products, " + orders + " orders, " + shipments
                    + " shipments, " + returns + " returns; dates shifted by " + shiftedBy + ", in "
                    + took.toMillis() + " ms";
        }
    }

    private static final String CUSTOMERS = "insert into customers (customer_id, name, phone, email,"
            + " preferred_language, member_tier, points_balance, address_json, registered_at)"
            + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
    private static final String PRODUCTS = "insert into products (sku, name_zh, name_en, category, category_zh,"
            + " category_en, brand, model, price, stock, colors_json, attributes_json, description_zh,"
            + " description_en, return_policy, warranty_months, rating, review_count, tags_json, image_url)"
            + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)";
    private static final String VIEWS = "insert into product_views (customer_id, sku, viewed_at) values ($1, $2, $3)";
    private static final String VARIANTS = "insert into product_variants (sku, size, stock) values ($1, $2, $3)";
    private static final String ORDERS = "insert into orders (order_id, customer_id, status, subtotal, discount,"
            + " coupon_code, shipping_fee, total, currency, payment_method, placed_at, pay_by, paid_at,"
            + " dispatch_due_by, dispatch_note_zh, dispatch_note_en, shipped_at, delivered_at, cancelled_at,"
            + " cancel_reason, shipping_address_json) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,"
            + " $13, $14, $15, $16, $17, $18, $19, $20, $21)";
    private static final String ITEMS = "insert into order_items (order_id, line_no, sku, name_zh, name_en, qty,"
            + " unit_price, color_zh, color_en, size) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
    private static final String PAYMENTS = "insert into payments (order_id, method, amount, paid_at)"
            + " values ($1, $2, $3, $4)";
    private static final String SHIPMENTS = "insert into shipments (order_id, carrier, carrier_zh, carrier_en,"
            + " tracking_no, status, shipped_at, estimated_delivery_by, delivered_at)"
            + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
    private static final String TRACKING = "insert into tracking_events (order_id, seq, time, code, location_zh,"
            + " location_en, status_zh, status_en, detail_zh, detail_en)"
            + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
    private static final String RETURNS = "insert into returns (rma_id, order_id, customer_id, sku, qty, type,"
            + " reason, item_condition, status, requested_at, approved_at, sent_back_at, received_at,"
            + " return_carrier, return_tracking_no, return_shipping_paid_by, refund_amount, refund_to, refunded_at)"
            + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)";
    private static final String REFUNDS = "insert into refunds (order_id, rma_id, amount, refund_to, created_at,"
            + " refunded_at) values ($1, $2, $3, $4, $5, $6)";

    private static <T> Uni<Void> batch(SqlClient tx, String sql, List<T> rows, Function<T, Tuple> tuple) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery(sql).executeBatch(rows.stream().map(tuple).toList()).replaceWithVoid();
    }

    private Tuple customer(JsonNode c, DemoShopData data) {
        return Tuple.tuple().addValue(c.path("customer_id").asText()).addValue(c.path("name").asText())
                .addValue(c.path("phone").asText()).addValue(text(c, "email"))
                .addValue(c.path("preferred_language").asText()).addValue(c.path("member_tier").asText())
                .addValue(c.path("points_balance").asInt())
                .addValue(c.hasNonNull("address") ? address(c.path("address")) : null)
                .addValue(data.time(c, "registered_at"));
    }

    private Tuple product(JsonNode p) {
        JsonNode attributes = p.path("attributes").deepCopy();
        JsonNode colors = attributes.path("colors").isArray() ? attributes.path("colors") : json.createArrayNode();
        // Colours and sizes have their own fields in the contract; the rest are the category's specifics.
        ((ObjectNode) attributes).remove(List.of("colors", "sizes"));
        return Tuple.tuple()
                .addValue(p.path("sku").asText()).addValue(p.path("name_zh").asText()).addValue(p.path("name_en").asText())
                .addValue(p.path("category").asText()).addValue(text(p, "category_zh")).addValue(text(p, "category_en"))
                .addValue(text(p, "brand")).addValue(text(p, "model"))
                .addValue(Numeric.create(p.path("price_cny").decimalValue())).addValue(p.path("stock").asInt())
                .addValue(write(colors)).addValue(write(attributes))
                .addValue(text(p, "description_zh")).addValue(text(p, "description_en"))
                .addValue(p.path("return_policy").asText()).addValue(p.path("warranty_months").asInt())
                .addValue(p.path("rating").asDouble()).addValue(p.path("review_count").asInt())
                .addValue(write(tags(p)))
                // The demo catalogue has no pictures; a shop's own export may name one.
                .addValue(text(p, "image_url"));
    }

    /** The shop's labels in both languages: tags and tags_zh are parallel lists. */
    private JsonNode tags(JsonNode p) {
        var tags = json.createArrayNode();
        JsonNode en = p.path("tags");
        JsonNode zh = p.path("tags_zh");
        for (int i = 0; i < en.size(); i++) {
            tags.addObject().put("zh", zh.path(i).asText(en.path(i).asText())).put("en", en.path(i).asText());
        }
        return tags;
    }

    private static Tuple view(JsonNode v, DemoShopData data) {
        return Tuple.of(v.path("customer_id").asText(), v.path("sku").asText(), data.time(v, "viewed_at"));
    }

    private static List<Tuple> variants(List<JsonNode> products) {
        List<Tuple> rows = new ArrayList<>();
        for (JsonNode p : products) {
            if (p.path("stock_by_size").isObject()) {
                for (Map.Entry<String, JsonNode> size : p.path("stock_by_size").properties()) {
                    rows.add(Tuple.of(p.path("sku").asText(), size.getKey(), size.getValue().asInt()));
                }
            }
        }
        return rows;
    }

    private Tuple order(JsonNode o, DemoShopData data) {
        JsonNode coupon = o.path("coupon");
        return Tuple.tuple()
                .addValue(o.path("order_id").asText()).addValue(o.path("customer_id").asText())
                .addValue(o.path("status").asText()).addValue(money(o, "subtotal_cny"))
                .addValue(money(o, "discount_cny")).addValue(coupon.isObject() ? coupon.path("code").asText() : null)
                .addValue(money(o, "shipping_fee_cny")).addValue(money(o, "total_cny")).addValue(data.currency())
                .addValue(o.path("payment_method").asText()).addValue(data.time(o, "placed_at"))
                .addValue(data.time(o, "pay_by")).addValue(data.time(o, "paid_at"))
                .addValue(data.time(o, "dispatch_due_by")).addValue(text(o, "dispatch_note_zh"))
                .addValue(text(o, "dispatch_note_en")).addValue(data.time(o, "shipped_at"))
                .addValue(data.time(o, "delivered_at")).addValue(data.time(o, "cancelled_at"))
                .addValue(text(o, "cancel_reason")).addValue(address(o.path("shipping_address")));
    }

    private static List<Tuple> items(List<JsonNode> orders) {
        List<Tuple> rows = new ArrayList<>();
        for (JsonNode o : orders) {
            int line = 0;
            for (JsonNode item : o.path("items")) {
                JsonNode options = item.path("options");
                rows.add(Tuple.tuple()
                        .addValue(o.path("order_id").asText()).addValue(++line).addValue(item.path("sku").asText())
                        .addValue(item.path("name_zh").asText()).addValue(item.path("name_en").asText())
                        .addValue(item.path("qty").asInt()).addValue(money(item, "unit_price_cny"))
                        .addValue(text(options, "color_zh")).addValue(text(options, "color_en"))
                        .addValue(text(options, "size")));
            }
        }
        return rows;
    }

    private List<Tuple> payments(List<JsonNode> orders, DemoShopData data) {
        return orders.stream().filter(o -> o.hasNonNull("paid_at"))
                .map(o -> Tuple.of(o.path("order_id").asText(), o.path("payment_method").asText(),
                        money(o, "total_cny"), data.time(o, "paid_at")))
                .toList();
    }

    private Tuple shipment(JsonNode s, DemoShopData data) {
        return Tuple.tuple()
                .addValue(s.path("order_id").asText()).addValue(s.path("carrier").asText())
                .addValue(text(s, "carrier_zh")).addValue(text(s, "carrier_en")).addValue(s.path("tracking_no").asText())
                .addValue(s.path("status").asText()).addValue(data.time(s, "shipped_at"))
                .addValue(data.time(s, "estimated_delivery_by")).addValue(data.time(s, "delivered_at"));
    }

    private static List<Tuple> tracking(List<JsonNode> shipments, DemoShopData data) {
        List<Tuple> rows = new ArrayList<>();
        for (JsonNode s : shipments) {
            int seq = 0;
            for (JsonNode e : s.path("events")) {
                rows.add(Tuple.tuple()
                        .addValue(s.path("order_id").asText()).addValue(++seq).addValue(data.time(e, "time"))
                        .addValue(e.path("code").asText()).addValue(text(e, "location_zh"))
                        .addValue(text(e, "location_en")).addValue(text(e, "status_zh"))
                        .addValue(text(e, "status_en")).addValue(text(e, "detail_zh")).addValue(text(e, "detail_en")));
            }
        }
        return rows;
    }

    private Tuple returnRow(JsonNode r, DemoShopData data) {
        return Tuple.tuple()
                .addValue(r.path("rma_id").asText()).addValue(r.path("order_id").asText())
                .addValue(r.path("customer_id").asText()).addValue(r.path("sku").asText())
                .addValue(r.path("qty").asInt()).addValue(r.path("type").asText()).addValue(r.path("reason").asText())
                .addValue(text(r, "item_condition")).addValue(r.path("status").asText())
                .addValue(data.time(r, "requested_at")).addValue(data.time(r, "approved_at"))
                .addValue(data.time(r, "sent_back_at")).addValue(data.time(r, "received_at"))
                .addValue(text(r, "return_carrier")).addValue(text(r, "return_tracking_no"))
                .addValue(text(r, "return_shipping_paid_by")).addValue(money(r, "refund_cny"))
                .addValue(text(r, "refund_to")).addValue(data.time(r, "refunded_at"));
    }

    private static List<Tuple> refunds(List<JsonNode> orders, List<JsonNode> returns, DemoShopData data) {
        List<Tuple> rows = new ArrayList<>();
        for (JsonNode o : orders) {
            if (o.hasNonNull("refund_cny")) {
                String to = "cod".equals(o.path("payment_method").asText()) ? "account_balance"
                        : o.path("payment_method").asText();
                rows.add(Tuple.tuple().addValue(o.path("order_id").asText()).addValue(null)
                        .addValue(money(o, "refund_cny")).addValue(to).addValue(data.time(o, "cancelled_at"))
                        .addValue(data.time(o, "refunded_at")));
            }
        }
        for (JsonNode r : returns) {
            if (r.hasNonNull("refunded_at")) {
                rows.add(Tuple.tuple().addValue(r.path("order_id").asText()).addValue(r.path("rma_id").asText())
                        .addValue(money(r, "refund_cny")).addValue(r.path("refund_to").asText())
                        .addValue(data.time(r, "received_at")).addValue(data.time(r, "refunded_at")));
            }
        }
        return rows;
    }

    /** The demo's address object as the contract's {@code ShopAddress} JSON. */
    private String address(JsonNode a) {
        ObjectNode address = json.createObjectNode();
        address.put("recipient", text(a, "recipient"));
        address.put("phone", text(a, "phone"));
        address.set("province", localized(a, "province"));
        address.set("city", localized(a, "city"));
        address.set("district", localized(a, "district"));
        address.set("street", localized(a, "street"));
        address.put("postalCode", text(a, "postal_code"));
        return write(address);
    }

    private ObjectNode localized(JsonNode a, String field) {
        ObjectNode text = json.createObjectNode();
        text.put("zh", text(a, field + "_zh"));
        text.put("en", text(a, field + "_en"));
        return text;
    }

    private static Numeric money(JsonNode row, String field) {
        return row.hasNonNull(field) ? Numeric.create(row.path(field).decimalValue()) : null;
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
