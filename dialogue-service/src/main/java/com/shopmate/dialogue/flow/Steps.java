package com.shopmate.dialogue.flow;

import com.shopmate.dialogue.context.Memory.FlowState;
import com.shopmate.dialogue.flow.FlowDefinition.StepDefinition;
import com.shopmate.events.shop.OrderItem;
import com.shopmate.events.shop.ShopOrder;
import com.shopmate.events.shop.ShopProduct;
import io.smallrye.mutiny.Uni;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The kinds of step a flow is made of. Each fills its slot from what the shopper said (or the conversation
 * remembers), asks when it cannot, and says whether this turn's words answer what it asked.
 */
final class Steps {

    // A yes is a clear yes ("确认", "yes, go ahead"), or a short one ("对", "好的") that says nothing else: "对了，我另一个
    // 包裹到哪了？" starts with 对 and confirms nothing.
    private static final List<String> CLEAR_YES = List.of("确认", "提交", "没问题", "是的", "confirm", "yes", "go ahead",
            "please do", "sure", "yep", "yeah");
    private static final List<String> SHORT_YES = List.of("是", "对", "好", "可以", "行", "嗯", "ok", "okay", "correct");
    private static final List<String> CLEAR_NO = List.of("不用", "不要", "不了", "算了", "不确认", "先不", "别",
            "no", "nope", "don't", "do not", "never mind", "not now");
    private static final List<String> STOP = List.of("取消", "cancel", "stop");
    // "改成：浙江省…", "change it to 12 Main St": the new value given with the request itself.
    private static final java.util.regex.Pattern GIVEN_VALUE = java.util.regex.Pattern.compile(
            "(?:改成|改为|换成|更改为|修改为|改到|(?i:(?:change|update|move|send)\\b.{0,60}?\\bto\\b))[:：]?\\s*(.+)$");
    // What makes the rest of the sentence an address and not "to my office": a number, or a place word.
    private static final java.util.regex.Pattern ADDRESS_LIKE = java.util.regex.Pattern.compile(
            "\\d|省|市|区|县|路|街|号|(?i:road|street|avenue|district|room|building|no\\.)");

    private static final java.util.regex.Pattern NOT_ARRIVED = java.util.regex.Pattern.compile(
            "还没到|没到的|未到|还没收到|没收到|(?i:not arrived|hasn't arrived|has not arrived|still waiting|not here yet)");

    private final Checks checks;
    private final Answers answers;

    Steps(Checks checks, Answers answers) {
        this.checks = checks;
        this.answers = answers;
    }

    Uni<Outcome> run(FlowTurn turn, StepDefinition step) {
        if (step.when() != null && turn.flow().slot(step.when()) == null) {
            return next();
        }
        return switch (step.step()) {
            case "order" -> order(turn, step);
            case "item" -> item(turn, step);
            case "product" -> product(turn, step);
            case "choice" -> choice(turn, step);
            case "text" -> text(turn, step);
            case "confirm" -> confirm(turn, step);
            case "check" -> checks.run(step.name(), turn, step);
            case "answer" -> answers.run(step.name(), turn, step);
            case "action" -> answers.act(step.name(), turn);
            case "handoff" -> {
                // The flow's own words (its prompt) first, if it has any; then people take over.
                if (step.prompt() != null) {
                    turn.reply(turn.say(step.prompt()));
                }
                turn.handOverToPeople();
                yield end();
            }
            default -> throw new IllegalStateException("unknown step " + step.step());
        };
    }

    /** Whether this turn's words answer the question {@code step} asked. */
    boolean answers(FlowTurn turn, StepDefinition step) {
        String text = turn.text();
        return switch (step.step()) {
            case "order" -> !turn.entities("order_id").isEmpty() || References.ordinal(text).isPresent()
                    || References.other(text);
            case "item", "product" -> !turn.entities("product").isEmpty() || References.ordinal(text).isPresent()
                    || matchesShown(turn);
            case "choice" -> chosen(turn, step) != null;
            case "text" -> true;
            case "confirm" -> yes(turn) || no(turn);
            default -> false;
        };
    }

    static boolean yes(FlowTurn turn) {
        if (saysAny(turn.text(), CLEAR_NO)) {
            return false;
        }
        return "affirm".equals(turn.intent()) || saysAny(turn.text(), CLEAR_YES)
                || turn.text().strip().length() <= 4 && saysAny(turn.text(), SHORT_YES);
    }

    /** A no; "确认取消" is a yes to a cancellation, "取消" alone stops the flow. */
    static boolean no(FlowTurn turn) {
        return "deny".equals(turn.intent()) && !saysAny(turn.text(), CLEAR_YES) || saysAny(turn.text(), CLEAR_NO)
                || !yes(turn) && saysAny(turn.text(), STOP);
    }

    private static boolean saysAny(String text, List<String> words) {
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ") + " ";
        return words.stream().anyMatch(w -> w.chars().allMatch(c -> c < 128) ? lower.contains(" " + w + " ")
                : lower.contains(w));
    }

    // --- order ---

    private Uni<Outcome> order(FlowTurn turn, StepDefinition step) {
        if (!turn.mayAskAboutOrders()) {
            turn.replyVerificationNeeded();
            return end();
        }
        String named = namedOrder(turn);
        FlowState flow = turn.flow();
        if (named != null && !named.equals(flow.slot("order"))) {
            // A new order named mid-flow is a correction: what was chosen for the old one no longer holds.
            turn.flow(new FlowState(flow.name(), flow.id(), Map.of("order", named), null));
        }
        String chosen = turn.flow().slot("order");
        if (chosen != null) {
            return turn.order(chosen).map(found -> ownOrder(turn, step, chosen, found));
        }
        if (turn.verifiedOrderId() != null && turn.customerId() == null) {
            turn.flow(turn.flow().with("order", turn.verifiedOrderId()));
            return order(turn, step);
        }
        boolean elsewhere = References.other(turn.text()) && !turn.memory().orders().isEmpty();
        String current = elsewhere ? turn.memory().orders().get(0) : null;
        boolean lastWeek = References.lastWeek(turn.text());
        return turn.ask("customer_orders", null, null, null, 30).chain(answer -> {
            Instant now = turn.clock().instant();
            List<ShopOrder> candidates = answer.orders().stream()
                    .filter(o -> step.statuses().isEmpty() || step.statuses().contains(o.status()))
                    .filter(o -> !o.orderId().equals(current))
                    .filter(o -> !lastWeek || o.placedAt() != null
                            && o.placedAt().isAfter(now.minus(Duration.ofDays(14)))
                            && o.placedAt().isBefore(now.minus(Duration.ofDays(6))))
                    .toList();
            List<ShopOrder> described = OrderDescriptions.bestMatches(turn, candidates);
            if (!described.isEmpty()) {
                candidates = described;
            }
            if (NOT_ARRIVED.matcher(turn.text()).find()) {
                // "还没到的那双": of the orders described, the ones still on their way.
                List<ShopOrder> underway = candidates.stream()
                        .filter(o -> List.of("paid", "shipped").contains(o.status())).toList();
                candidates = underway.isEmpty() ? candidates : underway;
            }
            List<ShopOrder> preferred = candidates.stream().filter(o -> step.prefer().contains(o.status())).toList();
            List<ShopOrder> pick = preferred.isEmpty() ? candidates : preferred;
            if (pick.size() == 1) {
                turn.flow(turn.flow().with("order", pick.get(0).orderId()));
                return order(turn, step);
            }
            if (pick.isEmpty()) {
                String key = turn.sayIfDefined("order.none." + turn.flow().name(), Map.of()).isPresent()
                        ? "order.none." + turn.flow().name() : "order.none";
                turn.reply(turn.say(key));
                return end();
            }
            List<ShopOrder> shown = pick.stream().sorted(Comparator.comparing(ShopOrder::placedAt).reversed())
                    .limit(5).toList();
            String list = shown.stream().map(o -> (shown.indexOf(o) + 1) + ". " + o.orderId() + " "
                    + Facts.items(turn, o) + " (" + Facts.orderStatus(turn, o.status()) + ")")
                    .collect(Collectors.joining("\n"));
            turn.remember(turn.memory().showing("order", shown.stream().map(ShopOrder::orderId).toList()));
            turn.reply(turn.say("order.which", Map.of("list", list)),
                    shown.stream().map(ShopOrder::orderId).toList(), null);
            turn.flow(turn.flow().awaiting("order"));
            return Uni.createFrom().item(Outcome.WAIT);
        });
    }

    /** The order the shopper's words name: its number, a position in the list shown, or the one talked about. */
    private static String namedOrder(FlowTurn turn) {
        List<String> ids = turn.entities("order_id").stream().map(id -> id.toUpperCase(Locale.ROOT)).toList();
        if (ids.size() > 1) {
            // "我有两个订单 A 和 B，第一个到哪了？": the shopper's own list is what "第二个" points into from now on.
            turn.remember(turn.memory().showing("order", ids));
            OptionalInt position = References.ordinal(turn.text());
            String picked = position.isPresent() ? References.pick(ids, position.getAsInt()) : null;
            return picked != null ? picked : ids.get(0);
        }
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        OptionalInt position = References.ordinal(turn.text());
        if (position.isPresent() && "order".equals(turn.memory().shownKind())) {
            return References.pick(turn.memory().shown(), position.getAsInt());
        }
        List<String> recent = turn.memory().orders();
        boolean continuing = turn.flow().slots().isEmpty() && turn.flow().awaiting() == null;
        if (!recent.isEmpty() && continuing) {
            if (References.other(turn.text())) {
                // "不是这个，是那双徒步鞋": a described order is searched for, not just the other one mentioned.
                return recent.size() > 1 && turn.text().length() <= 16 ? recent.get(1) : null;
            }
            if (References.that(turn.text()) || turn.text().contains("呢") || turn.text().length() <= 12) {
                return thatOrder(turn, recent);
            }
        }
        return null;
    }

    /** "那个订单呢？" asks about the order before the one just discussed, when two were; otherwise the one. */
    private static String thatOrder(FlowTurn turn, List<String> recent) {
        String text = turn.text().toLowerCase(Locale.ROOT);
        boolean andThatOne = text.contains("呢") || text.contains("what about") || text.contains("how about");
        return andThatOne && recent.size() > 1 && "order".equals(turn.memory().shownKind()) ? recent.get(1)
                : recent.get(0);
    }

    private Outcome ownOrder(FlowTurn turn, StepDefinition step, String orderId, Optional<ShopOrder> found) {
        if (found.isEmpty()) {
            // Not found and not theirs read the same: the shopper learns nothing about an order that is not theirs.
            turn.reply(turn.say("order.not_yours", Map.of("orderId", orderId)));
            turn.flow(turn.flow().with("order", null));
            return Outcome.END;
        }
        ShopOrder order = found.get();
        turn.remember(turn.memory().mentioningOrder(order.orderId()));
        if (!step.statuses().isEmpty() && !step.statuses().contains(order.status())) {
            String key = "order.not_eligible." + turn.flow().name();
            turn.reply(turn.sayIfDefined(key, Map.of("orderId", order.orderId(),
                    "status", Facts.orderStatus(turn, order.status()))).orElseGet(() -> turn.say(
                    "order.not_eligible", Map.of("orderId", order.orderId(),
                            "status", Facts.orderStatus(turn, order.status())))));
            return Outcome.END;
        }
        return Outcome.NEXT;
    }

    // --- item of the order ---

    private Uni<Outcome> item(FlowTurn turn, StepDefinition step) {
        String orderId = turn.flow().slot("order");
        return turn.order(orderId).map(found -> {
            ShopOrder order = found.orElseThrow();
            if (turn.flow().slot("sku") != null) {
                return Outcome.NEXT;
            }
            String sku = chosenItem(turn, order);
            if (sku != null) {
                turn.flow(turn.flow().with("sku", sku));
                return Outcome.NEXT;
            }
            List<OrderItem> items = order.items();
            String list = items.stream().map(i -> (items.indexOf(i) + 1) + ". " + Facts.item(turn, i))
                    .collect(Collectors.joining("\n"));
            turn.remember(turn.memory().showing("item", items.stream().map(OrderItem::sku).toList()));
            turn.reply(turn.say(step.prompt() != null ? step.prompt() : "item.which", Map.of("orderId", orderId,
                    "list", list)), items.stream().map(i -> Facts.text(turn, i.name())).toList(), null);
            turn.flow(turn.flow().awaiting("sku"));
            return Outcome.WAIT;
        });
    }

    private static String chosenItem(FlowTurn turn, ShopOrder order) {
        List<String> skus = order.items().stream().map(OrderItem::sku).toList();
        if (skus.size() == 1) {
            return skus.get(0);
        }
        for (String named : turn.entities("product")) {
            if (skus.contains(named)) {
                return named;
            }
        }
        OptionalInt position = References.ordinal(turn.text());
        if (position.isPresent() && "item".equals(turn.memory().shownKind())) {
            return References.pick(turn.memory().shown(), position.getAsInt());
        }
        String text = turn.text().toLowerCase(Locale.ROOT);
        String exact = order.items().stream().filter(i -> mentions(text, i.name().zh()) || mentions(text,
                i.name().en())).map(OrderItem::sku).findFirst().orElse(null);
        return exact != null ? exact : OrderDescriptions.bestItem(turn, order);
    }

    private static boolean mentions(String text, String name) {
        if (name == null) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return text.contains(lower) || lower.length() > 6 && text.length() >= 4 && lower.contains(text.strip());
    }

    private static boolean matchesShown(FlowTurn turn) {
        String text = turn.text().strip();
        return !text.isEmpty() && turn.memory().shown().stream().anyMatch(id -> id.equalsIgnoreCase(text));
    }

    // --- product ---

    private Uni<Outcome> product(FlowTurn turn, StepDefinition step) {
        return modelsNamed(turn).chain(exact -> product(turn, step, exact.isEmpty() ? namedProducts(turn) : exact));
    }

    /**
     * The recognised products whose model the shopper wrote out ("Quill R5"), in the order written. The recogniser
     * is fuzzy: for "Quill R5" it may rank "Quill M2" first, and a price of the wrong product is a wrong fact.
     */
    private static Uni<List<String>> modelsNamed(FlowTurn turn) {
        List<String> candidates = turn.text().isEmpty() ? List.of() : turn.entities("product");
        if (candidates.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String text = squeezed(turn.text());
        List<Uni<java.util.Optional<ShopProduct>>> lookups = candidates.stream().map(turn::product).toList();
        return Uni.join().all(lookups).andCollectFailures().map(found -> found.stream()
                .flatMap(java.util.Optional::stream)
                .filter(p -> p.model() != null && !p.model().isBlank() && text.contains(squeezed(p.model())))
                .sorted(Comparator.comparingInt(p -> text.indexOf(squeezed(p.model()))))
                .map(ShopProduct::sku).distinct().toList());
    }

    private static String squeezed(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private Uni<Outcome> product(FlowTurn turn, StepDefinition step, List<String> named) {
        int wanted = step.count() == null ? 1 : step.count();
        List<String> chosen = new ArrayList<>(named);
        for (String recent : turn.memory().products()) {
            if (chosen.size() >= wanted) {
                break;
            }
            if (!chosen.contains(recent) && (wanted > 1 || named.isEmpty())) {
                boolean other = References.other(turn.text()) && wanted == 1;
                if (other && turn.memory().products().indexOf(recent) == 0 && turn.memory().products().size() > 1) {
                    continue;
                }
                chosen.add(recent);
            }
        }
        if (chosen.size() >= wanted) {
            chosen.stream().limit(wanted).forEach(sku -> turn.remember(turn.memory().mentioningProduct(sku)));
            turn.flow(turn.flow().with("product", String.join(",", chosen.subList(0, wanted))));
            return next();
        }
        if (wanted > 1) {
            return searchEach(turn, step, chosen, wanted);
        }
        // Nothing named the catalog recognised: search the shop's catalog with the shopper's words.
        return turn.ask("product_search", null, null, searchWords(turn), 3).map(found -> {
            // A hit must share words with what the shopper wrote: "how much is it?" names no product, and the
            // catalog's best guess for it is no answer.
            java.util.Set<String> words = OrderDescriptions.words(turn.text());
            List<String> hits = found.products().stream()
                    .filter(p -> !turn.entities("brand").isEmpty() || sharedWords(p, words) >= 2)
                    .map(ShopProduct::sku).filter(sku -> !chosen.contains(sku)).toList();
            List<String> all = new ArrayList<>(chosen);
            all.addAll(hits);
            if (all.size() >= wanted && (hits.size() == 1 || wanted == 1 && !hits.isEmpty())) {
                all.stream().limit(wanted).forEach(sku -> turn.remember(turn.memory().mentioningProduct(sku)));
                turn.flow(turn.flow().with("product", String.join(",", all.subList(0, wanted))));
                return Outcome.NEXT;
            }
            turn.reply(turn.say(step.prompt() != null ? step.prompt() : "product.which"));
            turn.flow(turn.flow().awaiting("product"));
            return Outcome.WAIT;
        });
    }

    private static int sharedWords(ShopProduct product, java.util.Set<String> words) {
        return OrderDescriptions.sharedWords(product.name().zh() + " " + product.name().en() + " " + product.model(),
                words);
    }

    /** "律森 Grove A4 和听澜 Ripple K8": each side of the comparison looked up on its own. */
    private Uni<Outcome> searchEach(FlowTurn turn, StepDefinition step, List<String> chosen, int wanted) {
        List<String> parts = java.util.Arrays.stream(turn.text().split(
                        "和|与|跟|还是|或者|对比|比较|(?i:\\bor\\b|\\band\\b|\\bvs\\.?|\\bversus\\b)|[,，、?？]"))
                .map(String::strip).filter(part -> part.length() >= 3).toList();
        Uni<List<String>> found = Uni.createFrom().item(new ArrayList<>(chosen));
        for (String part : parts) {
            found = found.chain(skus -> skus.size() >= wanted ? Uni.createFrom().item(skus)
                    : turn.ask("product_search", null, null, part, 3).map(answer -> {
                        // A hit counts when its model is written in this part, or it shares the part's words.
                        answer.products().stream()
                                .filter(p -> p.model() != null && squeezed(part).contains(squeezed(p.model()))
                                        || sharedWords(p, OrderDescriptions.words(part)) >= 2)
                                .map(ShopProduct::sku).filter(sku -> !skus.contains(sku))
                                .findFirst().ifPresent(skus::add);
                        return skus;
                    }));
        }
        return found.map(skus -> {
            if (skus.size() < wanted) {
                turn.reply(turn.say(step.prompt() != null ? step.prompt() : "product.which"));
                turn.flow(turn.flow().awaiting("product"));
                return Outcome.WAIT;
            }
            skus.stream().limit(wanted).forEach(sku -> turn.remember(turn.memory().mentioningProduct(sku)));
            turn.flow(turn.flow().with("product", String.join(",", skus.subList(0, wanted))));
            return Outcome.NEXT;
        });
    }

    private static List<String> namedProducts(FlowTurn turn) {
        // The recogniser gives up to three candidates per mention, best first: one product per mention.
        Map<Integer, String> bySpan = new LinkedHashMap<>();
        if (turn.text().isEmpty()) {
            return new ArrayList<>();
        }
        turn.understood().entities().stream().filter(e -> "product".equals(e.type()))
                .forEach(e -> bySpan.putIfAbsent(e.start(), e.value()));
        List<String> named = new ArrayList<>(bySpan.values().stream().distinct().toList());
        if (named.isEmpty() && "product".equals(turn.memory().shownKind())) {
            // "第二个", "compare the first two": products of the list just shown (suggestions, a comparison).
            for (int position : References.positions(turn.text())) {
                String picked = References.pick(turn.memory().shown(), position);
                if (picked != null && !named.contains(picked)) {
                    named.add(picked);
                }
            }
        }
        return named;
    }

    private static String searchWords(FlowTurn turn) {
        String text = turn.text();
        return turn.entities("brand").stream().findFirst()
                .map(brand -> brand + turn.entities("category").stream().findFirst().map(c -> " " + c).orElse(""))
                .orElse(text);
    }

    // --- choice, free text, confirmation ---

    private Uni<Outcome> choice(FlowTurn turn, StepDefinition step) {
        String slot = step.slotName();
        if (turn.flow().slot(slot) != null) {
            return next();
        }
        String picked = chosen(turn, step);
        if (picked != null) {
            turn.flow(turn.flow().with(slot, picked));
            return next();
        }
        List<String> labels = step.options().stream().map(o -> label(turn, slot, o)).toList();
        turn.reply(turn.say(step.prompt()), labels, null);
        turn.flow(turn.flow().awaiting(slot));
        return Uni.createFrom().item(Outcome.WAIT);
    }

    private static String chosen(FlowTurn turn, StepDefinition step) {
        String text = turn.text().toLowerCase(Locale.ROOT);
        for (String option : step.options()) {
            if (text.contains(label(turn, step.slotName(), option).toLowerCase(Locale.ROOT))) {
                return option;
            }
        }
        for (String option : step.options()) {
            if (step.keywords().getOrDefault(option, List.of()).stream()
                    .anyMatch(word -> text.contains(word.toLowerCase(Locale.ROOT)))) {
                return option;
            }
        }
        return null;
    }

    static String label(FlowTurn turn, String slot, String option) {
        if ("reason".equals(slot)) {
            String reason = turn.policy().returnReason(option, turn.language());
            if (!reason.isEmpty()) {
                return reason;
            }
        }
        return turn.sayIfDefined("choice." + slot + "." + option, Map.of()).orElse(option);
    }

    private Uni<Outcome> text(FlowTurn turn, StepDefinition step) {
        String slot = step.slotName();
        if (turn.flow().slot(slot) != null) {
            return next();
        }
        boolean addressLike = !"address".equals(slot) || ADDRESS_LIKE.matcher(turn.text()).find();
        if (slot.equals(turn.flow().awaiting()) && addressLike) {
            turn.flow(turn.flow().with(slot, turn.text().strip()));
            return next();
        }
        java.util.regex.Matcher given = GIVEN_VALUE.matcher(turn.text());
        if (given.find() && given.group(1).strip().length() >= 6 && ADDRESS_LIKE.matcher(given.group(1)).find()) {
            turn.flow(turn.flow().with(slot, given.group(1).strip()));
            return next();
        }
        turn.reply(turn.say(step.prompt(), turn.flow().slots()));
        turn.flow(turn.flow().awaiting(slot));
        return Uni.createFrom().item(Outcome.WAIT);
    }

    private Uni<Outcome> confirm(FlowTurn turn, StepDefinition step) {
        if ("yes".equals(turn.flow().slot("confirmed"))) {
            return next();
        }
        if ("confirmed".equals(turn.flow().awaiting())) {
            if (no(turn)) {
                turn.reply(turn.say("flow.dropped"));
                return end();
            }
            if (yes(turn)) {
                turn.flow(turn.flow().with("confirmed", "yes"));
                return next();
            }
        }
        return answers.summary(step.name(), turn).map(summary -> {
            turn.reply(summary, turn.quickReplies("confirm"), null);
            turn.flow(turn.flow().awaiting("confirmed"));
            return Outcome.WAIT;
        });
    }

    private static Uni<Outcome> next() {
        return Uni.createFrom().item(Outcome.NEXT);
    }

    private static Uni<Outcome> end() {
        return Uni.createFrom().item(Outcome.END);
    }
}
