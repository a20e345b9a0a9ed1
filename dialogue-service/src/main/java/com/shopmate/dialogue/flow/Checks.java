package com.shopmate.dialogue.flow;

import com.shopmate.dialogue.flow.FlowDefinition.StepDefinition;
import com.shopmate.events.shop.LocalizedText;
import com.shopmate.events.shop.ProductVariant;
import com.shopmate.events.shop.ShopOrder;
import com.shopmate.events.shop.ShopProduct;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Policy checks a flow runs before it asks the shopper to confirm, so a request the shop would refuse is explained
 * at once, from the shop's policy file and the order's own dates. order-connector checks again when it applies the
 * change: these only spare the shopper a summary that cannot go through.
 */
final class Checks {

    static final Set<String> NAMES = Set.of("address_covered", "return_window", "return_reason", "return_opened",
            "exchangeable",
            "exchange_target", "cancellable", "address_changeable");
    /** Reasons that are the shop's fault: the quality guarantee covers them whatever the return policy. */
    private static final java.util.regex.Pattern QUALITY = java.util.regex.Pattern.compile(
            "质量|坏点|坏了|故障|损坏|开不了机|不能用|瑕疵|(?i:faulty|defect|broken|not working|stopped working|dead pixel)");
    static final Set<String> SHOPS_FAULT = Set.of("quality_issue", "not_as_described", "wrong_item",
            "damaged_in_transit");

    Uni<Outcome> run(String name, FlowTurn turn, StepDefinition step) {
        return switch (name) {
            case "return_window" -> withItem(turn, (order, product) -> returnWindow(turn, order, product));
            case "return_reason" -> withItem(turn, (order, product) -> returnReason(turn, product));
            case "return_opened" -> Uni.createFrom().item(returnOpened(turn));
            case "exchangeable" -> withItem(turn, (order, product) -> exchangeable(turn, order, product));
            case "exchange_target" -> withItem(turn, (order, product) -> exchangeTarget(turn, product));
            case "cancellable" -> withOrder(turn, order -> cancellable(turn, order));
            case "address_changeable" -> withOrder(turn, order -> addressChangeable(turn, order));
            case "address_covered" -> Uni.createFrom().item(addressCovered(turn));
            default -> throw new IllegalStateException("no check " + name);
        };
    }

    private interface OrderCheck {
        Outcome check(ShopOrder order);
    }

    private interface ItemCheck {
        Outcome check(ShopOrder order, ShopProduct product);
    }

    private static Uni<Outcome> withOrder(FlowTurn turn, OrderCheck check) {
        return turn.order(turn.flow().slot("order")).map(found -> check.check(found.orElseThrow()));
    }

    private static Uni<Outcome> withItem(FlowTurn turn, ItemCheck check) {
        return turn.order(turn.flow().slot("order")).chain(found -> turn.product(turn.flow().slot("sku"))
                .map(product -> {
                    if (product.isEmpty()) {
                        turn.reply(turn.say("product.not_found"));
                        return Outcome.END;
                    }
                    return check.check(found.orElseThrow(), product.get());
                }));
    }

    /** The window counts calendar days from the day after delivery, to 24:00 of day N (policies.json). */
    static boolean withinWindow(FlowTurn turn, Instant deliveredAt, int days) {
        LocalDate delivered = deliveredAt.atZone(turn.policy().zone()).toLocalDate();
        LocalDate today = turn.clock().instant().atZone(turn.policy().zone()).toLocalDate();
        return !today.isAfter(delivered.plusDays(days));
    }

    private static Outcome returnWindow(FlowTurn turn, ShopOrder order, ShopProduct product) {
        int days = turn.policy().returnWindowDays(product.returnPolicy());
        if (order.deliveredAt() == null || !withinWindow(turn, order.deliveredAt(), days)) {
            turn.reply(turn.say("return.outside_window", Map.of("orderId", order.orderId(),
                    "product", Facts.text(turn, product.name()), "days", days,
                    "delivered", Facts.day(turn, order.deliveredAt()),
                    "policy", turn.policy().returnPolicyName(product.returnPolicy(), turn.language()))));
            return Outcome.END;
        }
        return Outcome.NEXT;
    }

    private static Outcome returnReason(FlowTurn turn, ShopProduct product) {
        String reason = turn.flow().slot("reason");
        String noReason = turn.policy().noReasonReturn(product.returnPolicy());
        if (SHOPS_FAULT.contains(reason) || "true".equals(noReason)) {
            return Outcome.NEXT;
        }
        String policyName = turn.policy().returnPolicyName(product.returnPolicy(), turn.language());
        if ("unopened_only".equals(noReason)) {
            turn.flow(turn.flow().with("ask_condition", "yes"));
            return Outcome.NEXT;
        }
        turn.reply(turn.say("return.no_reason_not_allowed", Map.of("product", Facts.text(turn, product.name()),
                "policy", policyName)));
        return Outcome.END;
    }

    private static Outcome returnOpened(FlowTurn turn) {
        if ("opened".equals(turn.flow().slot("condition"))) {
            turn.reply(turn.say("return.opened"));
            return Outcome.END;
        }
        return Outcome.NEXT;
    }

    private static Outcome exchangeable(FlowTurn turn, ShopOrder order, ShopProduct product) {
        order.items().stream().filter(i -> i.sku().equals(product.sku())).findFirst().ifPresent(item -> {
            turn.flow(turn.flow().with("has_size", item.size()));
            turn.flow(turn.flow().with("has_color", item.color() == null ? null : item.color().zh()));
        });
        if (QUALITY.matcher(turn.text()).find() || "yes".equals(turn.flow().slot("quality"))) {
            // A fault is exchanged for a new one of the same model within the policy's window, whatever the policy.
            int days = Math.max(turn.policy().returnWindowDays(product.returnPolicy()), 15);
            if (order.deliveredAt() == null || !withinWindow(turn, order.deliveredAt(), days)) {
                turn.reply(turn.say("return.outside_window", Map.of("orderId", order.orderId(),
                        "product", Facts.text(turn, product.name()), "days", days,
                        "delivered", Facts.day(turn, order.deliveredAt()),
                        "policy", turn.policy().returnPolicyName(product.returnPolicy(), turn.language()))));
                return Outcome.END;
            }
            turn.flow(turn.flow().with("quality", "yes"));
            return Outcome.NEXT;
        }
        boolean sizedOrColoured = product.sizes().size() > 1 || product.colors().size() > 1;
        if (!"true".equals(turn.policy().noReasonReturn(product.returnPolicy())) || !sizedOrColoured) {
            turn.reply(turn.say("exchange.not_exchangeable", Map.of("product", Facts.text(turn, product.name()),
                    "policy", turn.policy().returnPolicyName(product.returnPolicy(), turn.language()))));
            return Outcome.END;
        }
        if (order.deliveredAt() == null || !withinWindow(turn, order.deliveredAt(), 7)) {
            turn.reply(turn.say("return.outside_window", Map.of("orderId", order.orderId(),
                    "product", Facts.text(turn, product.name()), "days", 7,
                    "delivered", Facts.day(turn, order.deliveredAt()),
                    "policy", turn.policy().returnPolicyName(product.returnPolicy(), turn.language()))));
            return Outcome.END;
        }
        return Outcome.NEXT;
    }

    /** The size or colour wanted instead, and that the shop has it. */
    private static Outcome exchangeTarget(FlowTurn turn, ShopProduct product) {
        if (turn.flow().slot("want_size") != null || turn.flow().slot("want_color") != null
                || "yes".equals(turn.flow().slot("quality"))) {
            return Outcome.NEXT;
        }
        String text = turn.text();
        // "42码小了，想换43码": the size or colour the shopper has is named too; the one wanted is the other.
        String hasSize = turn.flow().slot("has_size");
        String hasColor = turn.flow().slot("has_color");
        Optional<ProductVariant> size = product.sizes().stream()
                .filter(v -> mentionsSize(text, v.size()) && !v.size().equalsIgnoreCase(hasSize)).findFirst();
        Optional<LocalizedText> color = product.colors().stream()
                .filter(c -> !(c.zh() != null && c.zh().equals(hasColor)))
                .filter(c -> c.zh() != null && text.contains(c.zh().replace("色", ""))
                        || c.en() != null && text.toLowerCase(Locale.ROOT).contains(c.en().toLowerCase(Locale.ROOT)))
                .findFirst();
        String inStock = product.sizes().stream().filter(v -> v.stock() > 0).map(ProductVariant::size)
                .collect(Collectors.joining(Facts.listSeparator(turn)));
        if (size.isEmpty() && color.isEmpty()) {
            String options = !product.sizes().isEmpty() ? inStock : product.colors().stream()
                    .map(c -> Facts.text(turn, c)).collect(Collectors.joining(Facts.listSeparator(turn)));
            turn.reply(turn.say("exchange.which", Map.of("options", options)));
            turn.flow(turn.flow().awaiting("want"));
            return Outcome.WAIT;
        }
        if (size.isPresent() && size.get().stock() <= 0 || size.isEmpty() && product.stock() <= 0) {
            turn.reply(turn.say("exchange.out_of_stock", Map.of("wanted",
                    size.map(ProductVariant::size).orElseGet(() -> Facts.text(turn, color.get())),
                    "options", inStock.isEmpty() ? "-" : inStock)));
            turn.flow(turn.flow().awaiting("want"));
            return Outcome.WAIT;
        }
        size.ifPresent(v -> turn.flow(turn.flow().with("want_size", v.size())));
        color.ifPresent(c -> turn.flow(turn.flow().with("want_color", c.zh())));
        return Outcome.NEXT;
    }

    private static boolean mentionsSize(String text, String size) {
        if (size == null) {
            return false;
        }
        String upper = " " + text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9.]+", " ") + " ";
        String wanted = size.toUpperCase(Locale.ROOT);
        return upper.contains(" " + wanted + " ") || text.toUpperCase(Locale.ROOT).contains(wanted + "码")
                || text.toUpperCase(Locale.ROOT).contains(wanted + "号");
    }

    private static Outcome cancellable(FlowTurn turn, ShopOrder order) {
        return switch (order.status()) {
            case "pending_payment", "paid" -> Outcome.NEXT;
            case "cancelled" -> {
                turn.reply(turn.say("cancel.already", Map.of("orderId", order.orderId())));
                yield Outcome.END;
            }
            default -> {
                turn.reply(turn.say("cancel.not_cancellable", Map.of("orderId", order.orderId(),
                        "status", Facts.orderStatus(turn, order.status()),
                        "rule", turn.policy().cancellationRule(turn.language()))));
                yield Outcome.END;
            }
        };
    }

    private static final java.util.regex.Pattern OUTSIDE_MAINLAND = java.util.regex.Pattern.compile(
            "香港|澳门|台湾|海外|国外|(?i:hong kong|macao|macau|taiwan|overseas|abroad)");

    /** The shop delivers only where its policy says (the demo shop: mainland China). */
    private static Outcome addressCovered(FlowTurn turn) {
        String address = turn.flow().slot("address");
        if (address != null && OUTSIDE_MAINLAND.matcher(address).find()) {
            turn.reply(turn.say("address.not_covered", Map.of("coverage", turn.policy().coverage(turn.language()))));
            return Outcome.END;
        }
        return Outcome.NEXT;
    }

    private static Outcome addressChangeable(FlowTurn turn, ShopOrder order) {
        String current = Facts.maskedAddress(turn, order.shippingAddress());
        if (List.of("pending_payment", "paid").contains(order.status())) {
            turn.flow(turn.flow().with("current", current));
            return Outcome.NEXT;
        }
        turn.reply(turn.say("address.not_changeable", Map.of("orderId", order.orderId(),
                "status", Facts.orderStatus(turn, order.status()), "current", current,
                "rule", turn.policy().addressChangeRule(turn.language()))));
        return Outcome.END;
    }
}
