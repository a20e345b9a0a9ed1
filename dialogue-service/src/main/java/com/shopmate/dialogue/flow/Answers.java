package com.shopmate.dialogue.flow;

import com.shopmate.dialogue.flow.FlowDefinition.StepDefinition;
import com.shopmate.dialogue.policy.ShopPolicy;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.ShopActionCompleted;
import com.shopmate.events.shop.OrderItem;
import com.shopmate.events.shop.ReturnRequest;
import com.shopmate.events.shop.ShopAddress;
import com.shopmate.events.shop.ShopOrder;
import com.shopmate.events.shop.ShopProduct;
import com.shopmate.events.shop.ShopShipment;
import com.shopmate.events.shop.TrackingEvent;
import io.smallrye.mutiny.Uni;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the flows tell the shopper: the facts of an order, a parcel, a refund or a product, read from the shop for
 * this turn and put into the operator's words; the summaries asked to confirm; and the actions with their outcome.
 */
final class Answers {

    static final java.util.Set<String> NAMES = java.util.Set.of("order_status", "logistics", "refund_status",
            "product_info", "product_compare", "product_returns", "account", "recommendations");
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");

    Uni<Outcome> run(String name, FlowTurn turn, StepDefinition step) {
        return switch (name) {
            case "order_status" -> order(turn).chain(order -> orderStatus(turn, order)
                    .call(outcome -> outcome == Outcome.END ? Suggestions.crossSell(turn, order)
                            : Uni.createFrom().voidItem()));
            case "logistics" -> order(turn).chain(order -> logistics(turn, order));
            case "refund_status" -> refundStatus(turn);
            case "product_info" -> productInfo(turn);
            case "product_compare" -> productCompare(turn);
            case "product_returns" -> productReturns(turn);
            case "account" -> account(turn);
            case "recommendations" -> Suggestions.answer(turn);
            default -> throw new IllegalStateException("no answer " + name);
        };
    }

    private static Uni<ShopOrder> order(FlowTurn turn) {
        return turn.order(turn.flow().slot("order")).map(found -> found.orElseThrow());
    }

    // --- orders and parcels ---

    private Uni<Outcome> orderStatus(FlowTurn turn, ShopOrder order) {
        Map<String, Object> facts = orderFacts(turn, order);
        String detail = turn.sayIfDefined("order.detail." + order.status(), facts).orElse("");
        if (List.of("shipped", "delivered").contains(order.status())) {
            return turn.ask("shipment", order.orderId(), null, null, null).map(a -> {
                Optional<ShopShipment> parcel = a.shipments().stream().findFirst();
                String parcelLine = parcel.map(s -> turn.say("order.parcel", shipmentFacts(turn, s))).orElse("");
                turn.reply(turn.say("order.status", facts) + detail + parcelLine, List.of(), orderCard(turn, order));
                return Outcome.END;
            });
        }
        turn.reply(turn.say("order.status", facts) + detail, List.of(), orderCard(turn, order));
        return Uni.createFrom().item(lateDispatch(turn, order));
    }

    private Uni<Outcome> logistics(FlowTurn turn, ShopOrder order) {
        return turn.ask("shipment", order.orderId(), null, null, null).map(answer -> {
            Optional<ShopShipment> parcel = answer.shipments().stream().findFirst();
            if (parcel.isEmpty()) {
                turn.reply(turn.say("logistics.not_shipped", orderFacts(turn, order)), List.of(),
                        orderCard(turn, order));
                return lateDispatch(turn, order);
            }
            ShopShipment shipment = parcel.get();
            Map<String, Object> facts = shipmentFacts(turn, shipment);
            facts.put("orderId", order.orderId());
            facts.put("items", Facts.items(turn, order));
            String latest = shipment.events().isEmpty() ? "" : turn.say("logistics.latest",
                    eventFacts(turn, shipment.events().get(shipment.events().size() - 1)));
            String key = "delivered".equals(shipment.status()) ? "logistics.delivered" : "logistics.on_the_way";
            turn.reply(turn.say(key, facts) + latest, List.of(), shipmentCard(turn, shipment));
            return lateDelivery(turn, shipment);
        });
    }

    /** An order paid more than the promised hours ago and not shipped: an apology and the policy's coupon. */
    private static Outcome lateDispatch(FlowTurn turn, ShopOrder order) {
        Instant now = turn.clock().instant();
        if (!"paid".equals(order.status()) || order.dispatchDueBy() == null || !now.isAfter(order.dispatchDueBy())) {
            return Outcome.END;
        }
        return offerCompensation(turn, "dispatch_delay", order.dispatchNote() == null ? ""
                : Facts.text(turn, order.dispatchNote()));
    }

    private static Outcome lateDelivery(FlowTurn turn, ShopShipment shipment) {
        if ("delivered".equals(shipment.status()) || shipment.estimatedDeliveryBy() == null) {
            return Outcome.END;
        }
        long daysLate = Duration.between(shipment.estimatedDeliveryBy(), turn.clock().instant()).toDays();
        Optional<ShopPolicy.DelayRule> rule = turn.policy().delayRule("delivery_delay");
        if (rule.isEmpty() || daysLate < rule.get().triggerDays()) {
            if (daysLate > 0 || "delayed".equals(shipment.status())) {
                turn.reply(turn.say("logistics.late_apology", Map.of("days", Math.max(daysLate, 0),
                        "rule", rule.map(r -> r.text(turn.language())).orElse(""))));
            }
            return Outcome.END;
        }
        Optional<ShopPolicy.DelayRule> longDelay = turn.policy().delayRule("long_delay");
        String extra = longDelay.filter(r -> daysLate >= r.triggerDays()).map(r -> r.text(turn.language()))
                .orElse("");
        return offerCompensation(turn, "delivery_delay", extra);
    }

    private static Outcome offerCompensation(FlowTurn turn, String ruleId, String extra) {
        Optional<ShopPolicy.DelayRule> rule = turn.policy().delayRule(ruleId);
        if (rule.isEmpty() || rule.get().coupon().signum() <= 0 || turn.customerId() == null) {
            return Outcome.END;
        }
        turn.reply(turn.say("compensation.offer", Map.of("rule", rule.get().text(turn.language()),
                "amount", Facts.money(rule.get().coupon()), "extra", extra)), turn.quickReplies("compensation.offer"),
                null);
        turn.flow(turn.flow().with("compensation", ruleId));
        return Outcome.NEXT;
    }

    // --- refunds ---

    private Uni<Outcome> refundStatus(FlowTurn turn) {
        String orderId = Optional.ofNullable(turn.flow().slot("order"))
                .or(() -> turn.entity("order_id").map(id -> id.toUpperCase(java.util.Locale.ROOT)))
                .or(() -> (References.that(turn.text()) || turn.memory().lastFlow() != null)
                        && !turn.memory().orders().isEmpty()
                        ? Optional.of(turn.memory().orders().get(0)) : Optional.empty())
                .orElse(null);
        return turn.ask("refund_status", orderId, null, null, null).chain(answer -> {
            if (List.of("not_owner", "not_found").contains(answer.outcome())) {
                turn.reply(turn.say("order.not_yours", Map.of("orderId", orderId == null ? "" : orderId)));
                return Uni.createFrom().item(Outcome.END);
            }
            List<ReturnRequest> returns = answer.returns();
            List<String> lines = new ArrayList<>();
            for (ReturnRequest rma : returns.stream().limit(3).toList()) {
                lines.add(returnLine(turn, rma));
                turn.remember(turn.memory().mentioningOrder(rma.orderId()));
            }
            for (ShopOrder order : answer.orders()) {
                if (order.refundAmount() != null && order.refundAmount().signum() > 0) {
                    lines.add(turn.say("refund.cancelled_order", Map.of("orderId", order.orderId(),
                            "amount", Facts.money(order.refundAmount()),
                            "when", Facts.time(turn, order.refundedAt()),
                            "timeline", turn.policy().refundTimeline(order.paymentMethod(), turn.language())
                                    .orElse(""))));
                }
            }
            if (lines.isEmpty()) {
                turn.reply(turn.say(orderId == null ? "refund.none" : "refund.none_for_order",
                        Map.of("orderId", orderId == null ? "" : orderId)));
            } else {
                ReplyComposed.Card card = returns.isEmpty() ? null : returnCard(turn, returns.get(0));
                turn.reply(String.join("\n", lines), List.of(), card);
            }
            return Uni.createFrom().item(Outcome.END);
        });
    }

    private static String returnLine(FlowTurn turn, ReturnRequest rma) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("rmaId", rma.rmaId());
        facts.put("orderId", rma.orderId());
        facts.put("status", rmaStatus(turn, rma.status()));
        facts.put("amount", Facts.money(rma.refundAmount()));
        facts.put("to", paymentName(turn, rma.refundTo()));
        facts.put("when", Facts.time(turn, rma.refundedAt()));
        facts.put("timeline", turn.policy().refundTimeline(rma.refundTo(), turn.language()).orElse(""));
        String key = "refunded".equals(rma.status()) ? "refund.done" : "refund.pending";
        return turn.say(key, facts);
    }

    private static String rmaStatus(FlowTurn turn, String status) {
        return turn.sayIfDefined("status.return." + status, Map.of()).orElse(status);
    }

    private static String paymentName(FlowTurn turn, String method) {
        return turn.sayIfDefined("payment." + method, Map.of()).orElse(method == null ? "" : method);
    }

    // --- products ---

    private Uni<Outcome> productInfo(FlowTurn turn) {
        return withProduct(turn, product -> turn.reply(turn.say("product.info", productFacts(turn, product)),
                List.of(), productCard(turn, product)));
    }

    /** Tells about the flow's product, or that the shop has no such product. */
    private static Uni<Outcome> withProduct(FlowTurn turn, java.util.function.Consumer<ShopProduct> tell) {
        String sku = turn.flow().slot("product").split(",")[0];
        return turn.product(sku).map(found -> {
            found.ifPresentOrElse(tell, () -> turn.reply(turn.say("product.not_found")));
            return Outcome.END;
        });
    }

    /** The shopper's own membership tier and points, from the shop. */
    private Uni<Outcome> account(FlowTurn turn) {
        if (turn.customerId() == null) {
            turn.reply(turn.say("verify.needed"), turn.quickReplies("verify.needed"), null);
            return Uni.createFrom().item(Outcome.END);
        }
        return turn.ask("customer", null, null, null, null).map(answer -> {
            answer.customers().stream().findFirst().ifPresentOrElse(customer -> turn.reply(turn.say("account.info",
                    Map.of("tier", turn.policy().tierName(customer.memberTier(), turn.language()),
                            "points", customer.pointsBalance()))), () -> turn.reply(turn.say("order.none")));
            return Outcome.END;
        });
    }

    /** The product's return policy, with its conditions, from the policy file. */
    private Uni<Outcome> productReturns(FlowTurn turn) {
        return withProduct(turn, product -> turn.reply(turn.say("product.returns", Map.of(
                "name", Facts.text(turn, product.name()),
                "policy", turn.policy().returnPolicyName(product.returnPolicy(), turn.language()),
                "conditions", turn.policy().returnConditions(product.returnPolicy(), turn.language())))));
    }

    private Uni<Outcome> productCompare(FlowTurn turn) {
        List<String> skus = Arrays.asList(turn.flow().slot("product").split(","));
        return turn.product(skus.get(0)).chain(first -> turn.product(skus.get(1)).map(second -> {
            if (first.isEmpty() || second.isEmpty()) {
                turn.reply(turn.say("product.not_found"));
                return Outcome.END;
            }
            turn.remember(turn.memory().showing("product", skus));
            turn.reply(turn.say("product.compare", Map.of("first", turn.say("product.info",
                    productFacts(turn, first.get())), "second", turn.say("product.info",
                    productFacts(turn, second.get())))));
            return Outcome.END;
        }));
    }

    private static Map<String, Object> productFacts(FlowTurn turn, ShopProduct p) {
        Map<String, Object> facts = new HashMap<>();
        String sep = Facts.listSeparator(turn);
        facts.put("name", Facts.text(turn, p.name()));
        facts.put("sku", p.sku());
        facts.put("price", Facts.money(p.price()));
        facts.put("stock", p.stock() <= 0 ? turn.say("product.out_of_stock")
                : p.stock() <= 5 ? turn.say("product.low_stock", Map.of("count", p.stock()))
                : turn.say("product.in_stock", Map.of("count", p.stock())));
        facts.put("colors", p.colors().isEmpty() ? "-" : p.colors().stream().map(c -> Facts.text(turn, c))
                .collect(Collectors.joining(sep)));
        facts.put("sizes", p.sizes().isEmpty() ? "" : turn.say("product.sizes", Map.of("sizes", p.sizes().stream()
                .map(v -> v.size() + (v.stock() > 0 ? "" : turn.say("product.size_sold_out")))
                .collect(Collectors.joining(sep)))));
        facts.put("specs", specs(turn, p));
        facts.put("warranty", p.warrantyMonths() > 0 ? turn.say("product.warranty", Map.of("months",
                p.warrantyMonths())) : turn.say("product.no_warranty"));
        facts.put("returns", turn.policy().returnPolicyName(p.returnPolicy(), turn.language()));
        facts.put("rating", p.rating());
        return facts;
    }

    private static String specs(FlowTurn turn, ShopProduct p) {
        return p.attributes().entrySet().stream()
                .filter(e -> !List.of("colors", "sizes").contains(e.getKey()) && e.getValue() != null)
                .map(e -> turn.sayIfDefined("attribute." + e.getKey(), Map.of()).orElse(e.getKey()) + " "
                        + attributeValue(turn, e.getValue()))
                .collect(Collectors.joining(Facts.listSeparator(turn)));
    }

    private static String attributeValue(FlowTurn turn, Object value) {
        if (value instanceof Map<?, ?> localized && localized.containsKey("zh")) {
            Object text = localized.get(turn.language());
            return String.valueOf(text != null ? text : localized.get("zh"));
        }
        if (value instanceof Boolean yes) {
            return turn.say(yes ? "attribute.yes" : "attribute.no");
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> attributeValue(turn, v)).collect(Collectors.joining("/"));
        }
        return String.valueOf(value);
    }

    // --- summaries and actions ---

    Uni<String> summary(String name, FlowTurn turn) {
        Map<String, String> slots = turn.flow().slots();
        if ("compensation".equals(name)) {
            return Uni.createFrom().item(turn.say("compensation.confirm", Map.of("orderId", slots.get("order"))));
        }
        return turn.order(slots.get("order")).chain(found -> {
            ShopOrder order = found.orElseThrow();
            Map<String, Object> facts = orderFacts(turn, order);
            Optional<OrderItem> item = order.items().stream().filter(i -> i.sku().equals(slots.get("sku")))
                    .findFirst();
            item.ifPresent(i -> {
                facts.put("item", Facts.item(turn, i));
                facts.put("price", Facts.money(i.unitPrice().multiply(java.math.BigDecimal.valueOf(i.qty()))));
            });
            if (slots.get("reason") != null) {
                facts.put("reason", Steps.label(turn, "reason", slots.get("reason")));
            }
            facts.put("wanted", "yes".equals(slots.get("quality")) ? turn.say("exchange.same_model")
                    : Optional.ofNullable(slots.get("want_size")).orElse(Optional.ofNullable(slots.get("want_color"))
                    .orElse("")));
            if (slots.get("address") != null) {
                facts.put("address", maskPhones(slots.get("address")));
            }
            return Uni.createFrom().item(turn.say("confirm." + name, facts));
        });
    }

    Uni<Outcome> act(String kind, FlowTurn turn) {
        if (turn.customerId() == null) {
            turn.reply(turn.say("verify.login_to_change"));
            return Uni.createFrom().item(Outcome.END);
        }
        Map<String, String> slots = turn.flow().slots();
        ActionDraft draft = switch (kind) {
            case "cancel_order" -> new ActionDraft(kind, slots.get("order"), null, null, "customer_request", null,
                    null, null, null);
            case "create_return" -> new ActionDraft(kind, slots.get("order"), slots.get("sku"), 1,
                    slots.get("reason"), "opened".equals(slots.get("condition")) ? "as_received"
                    : slots.containsKey("condition") ? "unopened" : "unused", null, null, null);
            case "create_exchange" -> "yes".equals(slots.get("quality"))
                    ? new ActionDraft(kind, slots.get("order"), slots.get("sku"), 1, "quality_issue", "as_received",
                    null, null, null)
                    : new ActionDraft(kind, slots.get("order"), slots.get("sku"), 1, "size_issue", "unused",
                    slots.get("want_size"), slots.get("want_color"), null);
            case "change_address" -> new ActionDraft(kind, slots.get("order"), null, null, null, null, null, null,
                    address(slots.get("address")));
            case "issue_compensation_coupon" -> new ActionDraft(kind, slots.get("order"), null, null,
                    slots.get("compensation"), null, null, null, null);
            default -> throw new IllegalStateException("no action " + kind);
        };
        return turn.act(draft).map(done -> {
            reportAction(turn, done);
            return Outcome.END;
        }).onFailure(com.shopmate.dialogue.shop.ShopUnavailableException.class).recoverWithItem(() -> {
            // The change may still happen: the next turn sends the same actionId again and tells what became of it.
            turn.reply(turn.say("action.pending"));
            turn.flow(turn.flow().awaiting(FlowEngine.PENDING_ACTION));
            return Outcome.WAIT;
        });
    }

    private static void reportAction(FlowTurn turn, ShopActionCompleted done) {
        if (!"applied".equals(done.outcome())) {
            String reason = done.reason() == null ? "other" : done.reason();
            turn.reply(turn.sayIfDefined("refused." + reason, Map.of()).orElseGet(() -> turn.say("refused.other")));
            return;
        }
        Map<String, Object> facts = new HashMap<>();
        if (turn.flow().slot("address") != null) {
            facts.put("address", maskPhones(turn.flow().slot("address")));
        }
        if (done.order() != null) {
            facts.putAll(orderFacts(turn, done.order()));
            facts.put("timeline", turn.policy().refundTimeline(done.order().paymentMethod(), turn.language())
                    .orElse(""));
            facts.put("refund", Facts.money(done.order().refundAmount()));
            boolean refunded = done.order().refundAmount() != null && done.order().refundAmount().signum() > 0;
            facts.put("refundLine", refunded ? turn.say("done.cancel_order.refund", Map.of(
                    "amount", Facts.money(done.order().refundAmount()),
                    "payment", paymentName(turn, done.order().paymentMethod()),
                    "timeline", facts.get("timeline"))) : "");
        }
        ReplyComposed.Card card = null;
        if (done.returnRequest() != null) {
            ReturnRequest rma = done.returnRequest();
            facts.put("rmaId", rma.rmaId());
            facts.put("refund", Facts.money(rma.refundAmount()));
            facts.put("status", rmaStatus(turn, rma.status()));
            card = returnCard(turn, rma);
        }
        if (done.coupon() != null) {
            facts.put("coupon", Facts.text(turn, done.coupon().name()));
            facts.put("code", done.coupon().code());
            facts.put("amount", Facts.money(done.coupon().amount()));
            facts.put("until", Facts.day(turn, done.coupon().validUntil()));
        }
        turn.reply(turn.say("done." + done.kind(), facts), List.of(), card);
    }

    /** The address as the shopper typed it: the phone found in it, the rest as the street line. */
    private static ShopAddress address(String typed) {
        Matcher phone = PHONE.matcher(typed);
        String number = phone.find() ? phone.group() : null;
        String rest = number == null ? typed : typed.replace(number, " ").replaceAll("\\s+", " ").strip();
        var street = new com.shopmate.events.shop.LocalizedText(rest, rest);
        return new ShopAddress(null, number, null, null, null, street, null);
    }

    private static String maskPhones(String text) {
        return PHONE.matcher(text).replaceAll(m -> Facts.maskedPhone(m.group()));
    }

    // --- facts and cards ---

    private static Map<String, Object> orderFacts(FlowTurn turn, ShopOrder order) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("orderId", order.orderId());
        facts.put("status", Facts.orderStatus(turn, order.status()));
        facts.put("items", Facts.items(turn, order));
        facts.put("total", Facts.money(order.total()));
        facts.put("placed", Facts.time(turn, order.placedAt()));
        facts.put("payBy", Facts.time(turn, order.payBy()));
        facts.put("paid", Facts.time(turn, order.paidAt()));
        facts.put("dispatchBy", Facts.time(turn, order.dispatchDueBy()));
        facts.put("shipped", Facts.time(turn, order.shippedAt()));
        facts.put("delivered", Facts.time(turn, order.deliveredAt()));
        facts.put("cancelled", Facts.time(turn, order.cancelledAt()));
        facts.put("cancelReason", order.cancelReason() == null ? "" : turn.sayIfDefined("cancel.reason."
                + order.cancelReason(), Map.of("hours", turn.policy().unpaidAutoCancelHours())).orElse(""));
        facts.put("payment", paymentName(turn, order.paymentMethod()));
        facts.put("note", order.dispatchNote() == null ? "" : Facts.text(turn, order.dispatchNote()));
        facts.put("district", order.shippingAddress() == null || order.shippingAddress().district() == null ? ""
                : Facts.text(turn, order.shippingAddress().city()) + Facts.text(turn,
                order.shippingAddress().district()));
        return facts;
    }

    private static Map<String, Object> shipmentFacts(FlowTurn turn, ShopShipment s) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("carrier", Facts.text(turn, s.carrierName()));
        facts.put("trackingNo", s.trackingNo());
        facts.put("status", turn.sayIfDefined("status.shipment." + s.status(), Map.of()).orElse(s.status()));
        facts.put("eta", Facts.day(turn, s.estimatedDeliveryBy()));
        facts.put("delivered", Facts.time(turn, s.deliveredAt()));
        facts.put("shipped", Facts.time(turn, s.shippedAt()));
        return facts;
    }

    private static Map<String, Object> eventFacts(FlowTurn turn, TrackingEvent e) {
        return Map.of("time", Facts.time(turn, e.time()), "location", Facts.text(turn, e.location()),
                "detail", Facts.text(turn, e.detail()), "status", Facts.text(turn, e.status()));
    }

    private static ReplyComposed.Card orderCard(FlowTurn turn, ShopOrder order) {
        return new ReplyComposed.Card("order", order.orderId(), turn.say("card.order.title",
                Map.of("orderId", order.orderId())), List.of(
                new ReplyComposed.Field(turn.say("card.status"), Facts.orderStatus(turn, order.status())),
                new ReplyComposed.Field(turn.say("card.items"), Facts.items(turn, order)),
                new ReplyComposed.Field(turn.say("card.total"), Facts.money(order.total()))));
    }

    private static ReplyComposed.Card shipmentCard(FlowTurn turn, ShopShipment s) {
        Map<String, Object> facts = shipmentFacts(turn, s);
        return new ReplyComposed.Card("shipment", s.trackingNo(), facts.get("carrier") + " " + s.trackingNo(),
                List.of(new ReplyComposed.Field(turn.say("card.status"), facts.get("status").toString()),
                        new ReplyComposed.Field(turn.say("card.eta"), facts.get("eta").toString())));
    }

    private static ReplyComposed.Card returnCard(FlowTurn turn, ReturnRequest rma) {
        return new ReplyComposed.Card("return", rma.rmaId(), rma.rmaId(), List.of(
                new ReplyComposed.Field(turn.say("card.status"), rmaStatus(turn, rma.status())),
                new ReplyComposed.Field(turn.say("card.refund"), Facts.money(rma.refundAmount()))));
    }

    static ReplyComposed.Card productCard(FlowTurn turn, ShopProduct p) {
        return new ReplyComposed.Card("product", p.sku(), Facts.text(turn, p.name()), List.of(
                new ReplyComposed.Field(turn.say("card.price"), Facts.money(p.price())),
                new ReplyComposed.Field(turn.say("card.stock"), String.valueOf(p.stock()))),
                // Without a picture in the catalogue, channels with cards show the category's placeholder.
                p.category(), p.imageUrl());
    }
}
