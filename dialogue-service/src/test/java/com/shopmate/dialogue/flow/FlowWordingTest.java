package com.shopmate.dialogue.flow;

import com.shopmate.dialogue.reply.ReplyTemplates;
import com.shopmate.dialogue.reply.Wording;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every sentence a bundled flow can say exists in both languages: a missing one would fail a shopper's turn. */
class FlowWordingTest {

    private static final List<String> LANGUAGES = List.of("zh", "en");

    @Test
    void everyFlowPromptSummaryAndOutcomeIsWordedInChineseAndEnglish() {
        Wording wording = new Wording(ReplyTemplates.fromClasspath("dialogue/replies.yml"));
        FlowBook book = FlowEngine.readBook(getClass().getClassLoader().getResourceAsStream("dialogue/flows.yml"));
        List<String> missing = new ArrayList<>();
        for (String name : List.of("order_status", "logistics", "refund_status", "cancel_order", "change_address",
                "return", "exchange", "product_info", "product_compare", "product_returns", "account")) {
            FlowDefinition flow = book.named(name).orElseThrow();
            List<String> keys = new ArrayList<>(List.of("flow.name." + name));
            for (FlowDefinition.StepDefinition step : flow.steps()) {
                if (step.prompt() != null) {
                    keys.add(step.prompt());
                }
                if ("confirm".equals(step.step())) {
                    keys.add("confirm." + step.name());
                }
                if ("action".equals(step.step())) {
                    keys.add("done." + step.name());
                }
            }
            for (String key : keys) {
                for (String language : LANGUAGES) {
                    if (!wording.has(key, language)) {
                        missing.add(key + " (" + language + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
