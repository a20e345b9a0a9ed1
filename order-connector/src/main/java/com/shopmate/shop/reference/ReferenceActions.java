package com.shopmate.shop.reference;

import com.shopmate.events.ShopActionCompleted;
import com.shopmate.events.ShopActionRequested;
import com.shopmate.events.shop.IssuedCoupon;
import com.shopmate.events.shop.LocalizedText;
import com.shopmate.events.shop.ReturnRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The reference back end's actions, each in one transaction with its record in {@code applied_actions}: an actionId
 * seen before is answered with the completion stored then, and nothing changes twice. The rules are the shop's
 * policy file's ({@link ShopPolicy}); every change is written to the audit log.
 */
final class ReferenceActions {

    private static final Logger LOG = Logger.getLogger(ReferenceActions.class);
    /** Reasons that are the shop's fault: the return window of the quality guarantee, postage paid by the shop. */
    private static final Set<String> SHOP_FAULTS = Set.of("quality_issue", "not_as_described", "wrong_item",
            "damaged_in_transit");
    private static final Set<String> RETURNABLE_STATUSES = Set.of("delivered", "return_requested");
    private static final Set<String> NOT_SHIPPED = Set.of("pending_payment", "paid");

    private final ReferenceShopBackend backend;
    private final ShopRecords records;
    private final ShopPolicy policy;
    private final Clock clock;

    ReferenceActions(ReferenceShopBackend backend, ShopRecords records, ShopPolicy policy, Clock clock) {
        this.backend = backend;
        this.records = records;
        this.policy = policy;
        this.clock = clock;
    }

    Uni<ShopActionCompleted> apply(ShopActionRequested action, String conversationId) {
        return Panache.withTransaction(() -> AppliedActionRow.<AppliedActionRow>findById(action.actionId())
                .flatMap(done -> {
                    if (done != null) {
                        LOG.infof("action %s was %s before: answered again, nothing changed", action.actionId(),
                                done.outcome);
                        return Uni.createFrom().item(records.read(done.completionJson, ShopActionCompleted.class));
                    }
                    Step step = new Step(action, conversationId, clock.instant());
                    return decide(step).flatMap(completion -> remember(step, completion));
                }));
    }

    /** What one action works with: the request, its conversation, and one "now" for all its rules. */
    private record Step(ShopActionRequested action, String conversationId, Instant now) {
    }

    private Uni<ShopActionCompleted> decide(Step step) {
        ShopActionRequested action = step.action();
        return OrderRow.<OrderRow>findById(action.orderId()).flatMap(order -> {
            if (order == null) {
                return refused(step, null, "not_found", "no order " + action.orderId());
            }
            if (!order.customerId.equals(action.customerId())) {
                // Nothing about another customer's order goes back, not even its status.
                return Uni.createFrom().item(new ShopActionCompleted(action.actionId(), action.kind(), "refused",
                        "not_owner", "order " + order.orderId + " is not customer " + action.customerId() + "'s",
                        null, null, null));
            }
            return switch (action.kind()) {
                case "cancel_order" -> cancel(step, order);
                case "create_return" -> createReturn(step, order);
                case "create_exchange" -> createExchange(step, order);
                case "change_address" -> changeAddress(step, order);
                case "issue_compensation_coupon" -> issueCoupon(step, order);
                default -> refused(step, order, "invalid", "unknown action kind " + action.kind());
            };
        });
    }

    private Uni<ShopActionCompleted> cancel(Step step, OrderRow order) {
        if ("cancelled".equals(order.status)) {
            return refused(step, order, "not_cancellable", "already cancelled");
        }
        if (!NOT_SHIPPED.contains(order.status)) {
            return refused(step, order, "already_shipped", "status " + order.status + ": cannot be cancelled");
        }
        boolean paid = "paid".equals(order.status);
        String before = order.status;
        order.status = "cancelled";
        order.cancelledAt = step.now();
        order.cancelReason = "customer_request";
        Uni<?> refund = Uni.createFrom().voidItem();
        if (paid) {
            RefundRow row = new RefundRow();
            row.orderId = order.orderId;
            row.amount = order.total;
            row.refundTo = refundTo(order);
            row.createdAt = step.now();
            row.refundedAt = step.now();
            refund = row.persist().flatMap(r -> audit(step, "refund", order.orderId,
                    "full refund " + order.total + " " + order.currency + " to " + row.refundTo));
        }
        return refund.flatMap(r -> audit(step, "order", order.orderId, "status " + before + " -> cancelled"))
                .flatMap(a -> applied(step, order, null, null));
    }

    private Uni<ShopActionCompleted> createReturn(Step step, OrderRow order) {
        ShopActionRequested action = step.action();
        return itemOf(order, action.sku()).flatMap(item -> {
            if (item.isEmpty()) {
                return refused(step, order, "invalid", "order has no item " + action.sku());
            }
            int qty = action.qty() == null ? 1 : action.qty();
            if (qty < 1 || qty > item.get().qty) {
                return refused(step, order, "invalid", "qty " + qty + " of " + item.get().qty + " ordered");
            }
            if (action.reason() == null) {
                return refused(step, order, "invalid", "a return needs a reason");
            }
            if (!RETURNABLE_STATUSES.contains(order.status) || order.deliveredAt == null) {
                return refused(step, order, "not_delivered", "status " + order.status + ": nothing to return yet");
            }
            return existingRma(order, action.sku(), "return").flatMap(existing -> {
                if (existing.isPresent()) {
                    return refusedWith(step, order, "already_requested", "RMA " + existing.get().rmaId,
                            records.returnRequest(existing.get()), null);
                }
                return ProductRow.<ProductRow>findById(action.sku()).flatMap(product -> {
                    boolean shopFault = SHOP_FAULTS.contains(action.reason());
                    int days = shopFault ? policy.qualityReturnWindowDays()
                            : policy.noReasonReturnDays(product.returnPolicy);
                    if (days == 0) {
                        return refused(step, order, "not_returnable", product.returnPolicy
                                + ": no return without a quality problem");
                    }
                    if (!shopFault && policy.unopenedOnly(product.returnPolicy)
                            && !"unopened".equals(action.itemCondition())) {
                        return refused(step, order, "not_returnable_once_opened", product.returnPolicy
                                + ", item " + action.itemCondition());
                    }
                    if (!policy.withinDays(order.deliveredAt, days, step.now())) {
                        return refused(step, order, "outside_return_window", days + " days from delivery "
                                + order.deliveredAt + " have passed");
                    }
                    ReturnRow rma = newRma(step, order, action.sku(), qty, "return");
                    rma.itemCondition = action.itemCondition();
                    rma.returnShippingPaidBy = shopFault ? "shop" : "customer";
                    rma.refundAmount = refundFor(order, item.get(), qty, shopFault);
                    rma.refundTo = refundTo(order);
                    String before = order.status;
                    order.status = "return_requested";
                    return rma.persist()
                            .flatMap(r -> audit(step, "return", rma.rmaId, "created: " + qty + " x " + rma.sku
                                    + ", " + rma.reason + ", refund " + rma.refundAmount))
                            .flatMap(a -> audit(step, "order", order.orderId, "status " + before
                                    + " -> return_requested"))
                            .flatMap(a -> applied(step, order, records.returnRequest(rma), null));
                });
            });
        });
    }

    private Uni<ShopActionCompleted> createExchange(Step step, OrderRow order) {
        ShopActionRequested action = step.action();
        return itemOf(order, action.sku()).flatMap(item -> {
            if (item.isEmpty()) {
                return refused(step, order, "invalid", "order has no item " + action.sku());
            }
            if (!RETURNABLE_STATUSES.contains(order.status) || order.deliveredAt == null) {
                return refused(step, order, "not_delivered", "status " + order.status + ": nothing to exchange yet");
            }
            return ReturnRow.count("orderId = ?1 and type = 'exchange'", order.orderId).flatMap(exchanges -> {
                if (exchanges >= policy.freeExchangesPerOrder()) {
                    return refused(step, order, "already_requested", exchanges + " exchange(s) on this order");
                }
                return ProductRow.<ProductRow>findById(action.sku()).flatMap(product ->
                        exchangeChecked(step, order, item.get(), product));
            });
        });
    }

    private Uni<ShopActionCompleted> exchangeChecked(Step step, OrderRow order, OrderItemRow item,
                                                     ProductRow product) {
        ShopActionRequested action = step.action();
        boolean quality = SHOP_FAULTS.contains(action.reason() == null ? "" : action.reason());
        if (!quality && (policy.noReasonReturnDays(product.returnPolicy) == 0
                || policy.unopenedOnly(product.returnPolicy))) {
            return refused(step, order, "not_exchangeable", product.returnPolicy + ": size or colour exchange"
                    + " is for 7-day no-reason products");
        }
        int days = quality ? policy.qualityExchangeWindowDays() : policy.exchangeWindowDays();
        if (!policy.withinDays(order.deliveredAt, days, step.now())) {
            return refused(step, order, "outside_return_window", days + " days from delivery have passed");
        }
        LocalizedText[] offered = records.read(product.colorsJson, LocalizedText[].class);
        List<LocalizedText> colors = offered == null ? List.of() : List.of(offered);
        Optional<LocalizedText> color = Optional.empty();
        if (action.color() != null) {
            color = colors.stream().filter(c -> action.color().equalsIgnoreCase(c.zh())
                    || action.color().equalsIgnoreCase(c.en())).findFirst();
            if (color.isEmpty()) {
                return refused(step, order, "invalid", product.sku + " has no colour " + action.color());
            }
        }
        if (action.size() == null && color.isEmpty() && !quality) {
            return refused(step, order, "invalid", "an exchange names the size or colour wanted");
        }
        String size = action.size() != null ? action.size() : item.size;
        Optional<LocalizedText> wantedColor = color;
        Uni<Boolean> reserved = size == null
                ? Uni.createFrom().item(product.stock > 0).invoke(ok -> {
                    if (ok) {
                        product.stock--;
                    }
                })
                : ProductVariantRow.<ProductVariantRow>find("sku = ?1 and size = ?2", product.sku, size)
                .firstResult().map(variant -> {
                    if (variant == null || variant.stock < 1) {
                        return false;
                    }
                    variant.stock--;
                    product.stock--;
                    return true;
                });
        return reserved.flatMap(ok -> {
            if (!ok) {
                return refused(step, order, "out_of_stock", product.sku + " size " + size + " is out of stock");
            }
            ReturnRow rma = newRma(step, order, product.sku, 1, "exchange");
            rma.itemCondition = step.action().itemCondition();
            rma.returnShippingPaidBy = "shop";
            rma.exchangeSize = size;
            rma.exchangeColorZh = wantedColor.map(LocalizedText::zh).orElse(item.colorZh);
            rma.exchangeColorEn = wantedColor.map(LocalizedText::en).orElse(item.colorEn);
            return rma.persist()
                    .flatMap(r -> audit(step, "return", rma.rmaId, "exchange created: " + product.sku + " for size "
                            + size + ", colour " + rma.exchangeColorEn))
                    .flatMap(a -> audit(step, "product", product.sku, "1 unit reserved for exchange " + rma.rmaId))
                    .flatMap(a -> applied(step, order, records.returnRequest(rma), null));
        });
    }

    private Uni<ShopActionCompleted> changeAddress(Step step, OrderRow order) {
        if (step.action().address() == null) {
            return refused(step, order, "invalid", "change_address needs the new address");
        }
        if ("cancelled".equals(order.status)) {
            return refused(step, order, "not_eligible", "the order is cancelled");
        }
        if (!NOT_SHIPPED.contains(order.status)) {
            return refused(step, order, "already_shipped", "status " + order.status + ": the parcel has left");
        }
        order.shippingAddressJson = records.write(step.action().address());
        // The log says which order changed, not the address: it is personal data.
        return audit(step, "order", order.orderId, "shipping address changed")
                .flatMap(a -> applied(step, order, null, null));
    }

    private Uni<ShopActionCompleted> issueCoupon(Step step, OrderRow order) {
        String reason = step.action().reason();
        if (!"dispatch_delay".equals(reason) && !"delivery_delay".equals(reason)) {
            return refused(step, order, "invalid", "compensation is for dispatch_delay or delivery_delay");
        }
        return CouponRow.<CouponRow>find("orderId = ?1 and reason in ('dispatch_delay', 'delivery_delay')",
                order.orderId).firstResult().flatMap(earlier -> {
                    if (earlier != null) {
                        return refusedWith(step, order, "already_compensated", "coupon " + earlier.code, null,
                                records.coupon(earlier));
                    }
                    Uni<Boolean> eligible = "dispatch_delay".equals(reason)
                            ? Uni.createFrom().item(dispatchLate(order, step.now()))
                            : ShipmentRow.<ShipmentRow>findById(order.orderId)
                            .map(shipment -> deliveryLate(shipment, step.now()));
                    return eligible.flatMap(late -> late ? coupon(step, order, reason)
                            : refused(step, order, "not_eligible", reason + ": not late enough for compensation"));
                });
    }

    private boolean dispatchLate(OrderRow order, Instant now) {
        if (order.paidAt == null) {
            return false;
        }
        Instant leftAt = order.shippedAt != null ? order.shippedAt : now;
        return leftAt.isAfter(order.paidAt.plus(Duration.ofDays(policy.dispatchDelayTriggerDays())));
    }

    private boolean deliveryLate(ShipmentRow shipment, Instant now) {
        if (shipment == null || shipment.estimatedDeliveryBy == null) {
            return false;
        }
        Instant arrivedAt = shipment.deliveredAt != null ? shipment.deliveredAt : now;
        return arrivedAt.isAfter(shipment.estimatedDeliveryBy.plus(
                Duration.ofDays(policy.deliveryDelayTriggerDays())));
    }

    private Uni<ShopActionCompleted> coupon(Step step, OrderRow order, String reason) {
        CouponRow coupon = new CouponRow();
        coupon.code = "COMP" + shortHash(step.action().actionId(), 8);
        coupon.customerId = order.customerId;
        coupon.orderId = order.orderId;
        BigDecimal amount = policy.compensationCoupon();
        coupon.amount = amount;
        coupon.minSpend = BigDecimal.ZERO;
        coupon.nameZh = amount.stripTrailingZeros().toPlainString() + "元无门槛补偿券";
        coupon.nameEn = amount.stripTrailingZeros().toPlainString() + " " + policy.currency()
                + " compensation coupon, no minimum";
        coupon.reason = reason;
        coupon.issuedAt = step.now();
        coupon.validUntil = step.now().plus(policy.compensationCouponValidity());
        return coupon.persist()
                .flatMap(c -> audit(step, "coupon", coupon.code, "issued " + amount + " for " + reason
                        + " of order " + order.orderId))
                .flatMap(a -> applied(step, order, null, records.coupon(coupon)));
    }

    private Uni<Optional<OrderItemRow>> itemOf(OrderRow order, String sku) {
        if (sku == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return OrderItemRow.<OrderItemRow>find("orderId = ?1 and sku = ?2", order.orderId, sku).firstResult()
                .map(Optional::ofNullable);
    }

    private Uni<Optional<ReturnRow>> existingRma(OrderRow order, String sku, String type) {
        return ReturnRow.<ReturnRow>find("orderId = ?1 and sku = ?2 and type = ?3", order.orderId, sku, type)
                .firstResult().map(Optional::ofNullable);
    }

    private ReturnRow newRma(Step step, OrderRow order, String sku, int qty, String type) {
        ReturnRow rma = new ReturnRow();
        String day = DateTimeFormatter.BASIC_ISO_DATE.format(step.now().atZone(policy.timeZone()).toLocalDate());
        // From the actionId, so the same request names the same RMA; 8 digits keep collisions out of a day's RMAs.
        rma.rmaId = "RMA" + day + digits(step.action().actionId(), 8);
        rma.orderId = order.orderId;
        rma.customerId = order.customerId;
        rma.sku = sku;
        rma.qty = qty;
        rma.type = type;
        rma.reason = step.action().reason() == null ? "size_issue" : step.action().reason();
        rma.status = "requested";
        rma.requestedAt = step.now();
        return rma;
    }

    /** The item's paid price: its share of the order discount taken off, the shipping fee added for shop faults. */
    private static BigDecimal refundFor(OrderRow order, OrderItemRow item, int qty, boolean shopFault) {
        BigDecimal lines = item.unitPrice.multiply(BigDecimal.valueOf(qty));
        BigDecimal discountShare = order.subtotal.signum() == 0 ? BigDecimal.ZERO
                : order.discount.multiply(lines).divide(order.subtotal, 2, RoundingMode.HALF_UP);
        BigDecimal refund = lines.subtract(discountShare);
        return (shopFault ? refund.add(order.shippingFee) : refund).setScale(2, RoundingMode.HALF_UP);
    }

    private static String refundTo(OrderRow order) {
        return "cod".equals(order.paymentMethod) ? "account_balance" : order.paymentMethod;
    }

    private Uni<Void> audit(Step step, String entity, String id, String change) {
        return AuditRow.of(step.conversationId(), step.action().actionId(), entity, id, change, step.now())
                .persist().replaceWithVoid();
    }

    private Uni<ShopActionCompleted> applied(Step step, OrderRow order, ReturnRequest rma, IssuedCoupon coupon) {
        return backend.orderRecord(order).map(after -> new ShopActionCompleted(step.action().actionId(),
                step.action().kind(), "applied", null, null, after, rma, coupon));
    }

    private Uni<ShopActionCompleted> refused(Step step, OrderRow order, String reason, String detail) {
        return refusedWith(step, order, reason, detail, null, null);
    }

    private Uni<ShopActionCompleted> refusedWith(Step step, OrderRow order, String reason, String detail,
                                                 ReturnRequest rma, IssuedCoupon coupon) {
        Uni<com.shopmate.events.shop.ShopOrder> after = order == null ? Uni.createFrom().nullItem()
                : backend.orderRecord(order);
        return after.map(o -> new ShopActionCompleted(step.action().actionId(), step.action().kind(), "refused",
                reason, detail, o, rma, coupon));
    }

    private Uni<ShopActionCompleted> remember(Step step, ShopActionCompleted completion) {
        ShopActionRequested action = step.action();
        AppliedActionRow row = new AppliedActionRow();
        row.actionId = action.actionId();
        row.kind = action.kind();
        row.customerId = action.customerId();
        row.orderId = action.orderId();
        row.outcome = completion.outcome();
        row.completionJson = records.write(completion);
        row.conversationId = step.conversationId();
        row.appliedAt = step.now();
        LOG.infof("action %s %s on order %s: %s%s", action.actionId(), action.kind(), action.orderId(),
                completion.outcome(), completion.reason() == null ? "" : " (" + completion.reason() + ")");
        return row.persist().replaceWith(completion);
    }

    private static String shortHash(String text, int length) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "")
                .substring(0, length).toUpperCase(Locale.ROOT);
    }

    private static String digits(String text, int length) {
        long bits = UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
        return String.format(Locale.ROOT, "%0" + length + "d", Math.floorMod(bits, (long) Math.pow(10, length)));
    }
}
