package com.shopmate.dialogue.flow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One flow of {@code flows.yml}: the intents that start it and its steps, run in order until one waits for the
 * shopper or the flow ends. A step is one of the kinds {@link Steps} knows; its fields configure it.
 */
public record FlowDefinition(String name, List<String> intents, boolean needsOrderAccess, List<StepDefinition> steps) {

    public FlowDefinition {
        intents = intents == null ? List.of() : List.copyOf(intents);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** The step that asked for {@code slot}. */
    public Optional<StepDefinition> asking(String slot) {
        return steps.stream().filter(s -> slot != null && slot.equals(s.slotName())).findFirst();
    }

    public boolean has(String stepKind) {
        return steps.stream().anyMatch(s -> stepKind.equals(s.step()));
    }

    /**
     * @param step     the kind: order, item, product, choice, text, check, confirm, action, answer
     * @param slot     the slot it fills (defaults per kind)
     * @param name     check / answer: which one; action: the action kind
     * @param statuses order: the order statuses the flow applies to (others are refused with the flow's words)
     * @param prefer   order: statuses to pick first when the shopper named no order
     * @param options  choice: the values; keywords: words that choose each
     * @param when     run only when this slot is set
     * @param prompt   the wording key of the question asked
     */
    public record StepDefinition(String step, String slot, String name, List<String> statuses, List<String> prefer,
                                 List<String> options, Map<String, List<String>> keywords, String when,
                                 String prompt, Integer count) {
        public StepDefinition {
            statuses = statuses == null ? List.of() : List.copyOf(statuses);
            prefer = prefer == null ? List.of() : List.copyOf(prefer);
            options = options == null ? List.of() : List.copyOf(options);
            keywords = keywords == null ? Map.of() : Map.copyOf(keywords);
        }

        public String slotName() {
            if (slot != null) {
                return slot;
            }
            return switch (step) {
                case "order" -> "order";
                case "item" -> "sku";
                case "product" -> "product";
                case "confirm" -> "confirmed";
                default -> step + ":" + name;
            };
        }
    }
}
