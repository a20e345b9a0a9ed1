package com.shopmate.dialogue.flow;

import com.shopmate.events.shop.OrderItem;
import com.shopmate.events.shop.ShopOrder;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The orders a shopper describes by what is in them ("我那双徒步鞋的订单", "my diapers order"): the products the NLU
 * recognised, else the words of the shopper's text that the items' names share.
 */
final class OrderDescriptions {

    private OrderDescriptions() {
    }

    /** The orders that match the description best; empty when the words describe none. */
    static List<ShopOrder> bestMatches(FlowTurn turn, List<ShopOrder> orders) {
        Set<String> named = new HashSet<>(turn.entities("product"));
        Set<String> words = words(turn.text());
        Map<ShopOrder, Integer> scores = orders.stream().collect(Collectors.toMap(o -> o,
                o -> o.items().stream().mapToInt(i -> score(i, named, words)).sum(), (a, b) -> a));
        int best = scores.values().stream().max(Comparator.naturalOrder()).orElse(0);
        List<ShopOrder> top = orders.stream().filter(o -> scores.get(o) == best).toList();
        // One shared word ("口红", "diapers") narrows the orders to those that have it.
        return best >= 1 ? top : List.of();
    }

    /** The one item of the order the words describe best, or null. */
    static String bestItem(FlowTurn turn, ShopOrder order) {
        Set<String> named = new HashSet<>(turn.entities("product"));
        Set<String> words = words(turn.text());
        Map<String, Integer> scores = order.items().stream().collect(Collectors.toMap(OrderItem::sku,
                i -> score(i, named, words), (a, b) -> a));
        int best = scores.values().stream().max(Comparator.naturalOrder()).orElse(0);
        List<String> top = scores.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        return best >= 2 && top.size() == 1 ? top.get(0) : null;
    }

    private static int score(OrderItem item, Set<String> named, Set<String> words) {
        return (named.contains(item.sku()) ? 10 : 0) + sharedWords(item.name().zh() + " " + item.name().en(), words);
    }

    /** How many of {@code words} the name has (as {@link #words} splits it). */
    static int sharedWords(String name, Set<String> words) {
        Set<String> shared = words(name);
        shared.retainAll(words);
        return shared.size();
    }

    /** Chinese character pairs and English words of four letters or more (plural 's' dropped). */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        for (String word : lower.split("[^a-z]+")) {
            if (word.length() >= 4 && !ENGLISH_STOP.contains(word)) {
                words.add(word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
            }
        }
        String han = lower.replaceAll("[^\\p{IsHan}]+", "|");
        for (String run : han.split("\\|")) {
            for (int i = 0; i + 2 <= run.length(); i++) {
                String pair = run.substring(i, i + 2);
                if (!STOP.contains(pair)) {
                    words.add(pair);
                }
            }
        }
        return words;
    }

    private static final Set<String> ENGLISH_STOP = Set.of("order", "orders", "what", "about", "other", "when",
            "where", "have", "which", "that", "this", "with", "from", "your", "much", "paid", "arrived", "arrive",
            "cancel", "cancelled", "return", "refund", "parcel", "delivery", "there", "still", "they", "been");

    // Pairs every shopper's sentence has: they describe no item.
    private static final Set<String> STOP = Set.of("订单", "我的", "那个", "这个", "一个", "什么", "怎么", "时候",
            "了吗", "到了", "付款", "发货", "快递", "物流", "退货", "换货", "取消", "退款", "那双", "那件", "那台",
            "买的", "的订", "单怎", "么被");
}
