package com.shopmate.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An order a cancellation conversation cancels: paid and not shipped, so the shop's policy lets its customer cancel
 * it, and of a customer none of the load's conversations is logged in as, so that nothing else touches it.
 *
 * @param english the conversation is in English (else Chinese)
 */
public record CancellationTarget(String orderId, String customerId, boolean english) {

    /** The shopper's two turns: asking, then confirming the summary the bot answers with. */
    public List<String> turns() {
        return english
                ? List.of("Please cancel my order " + orderId + ".", "Yes, cancel it.")
                : List.of("帮我取消 " + orderId + " 这个订单", "确认取消");
    }

    /**
     * Up to {@code count} paid orders of the demo shop, one per customer, none of {@code busyCustomers}, in file
     * order; every other one in English.
     */
    public static List<CancellationTarget> pick(Path ordersJsonl, Set<String> busyCustomers, int count) {
        List<CancellationTarget> targets = new ArrayList<>();
        Set<String> taken = new HashSet<>(busyCustomers);
        ObjectMapper json = new ObjectMapper();
        try {
            for (String line : Files.readAllLines(ordersJsonl, StandardCharsets.UTF_8)) {
                if (targets.size() == count) {
                    break;
                }
                if (line.isBlank()) {
                    continue;
                }
                JsonNode order = json.readTree(line);
                String customer = order.path("customer_id").asText();
                if ("paid".equals(order.path("status").asText()) && taken.add(customer)) {
                    targets.add(new CancellationTarget(order.path("order_id").asText(), customer,
                            targets.size() % 2 == 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo shop's orders " + ordersJsonl, e);
        }
        return List.copyOf(targets);
    }
}
