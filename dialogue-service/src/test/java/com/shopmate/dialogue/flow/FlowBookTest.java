package com.shopmate.dialogue.flow;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlowBookTest {

    @Test
    void theBundledFlowsReadAndEachIntentStartsItsFlow() {
        FlowBook book = FlowEngine.readBook(getClass().getClassLoader().getResourceAsStream("dialogue/flows.yml"));

        assertEquals("return", book.forIntent("return_request").orElseThrow().name());
        assertEquals("logistics", book.forIntent("delivery_delay_complaint").orElseThrow().name());
        assertEquals("product_info", book.forIntent("product_stock").orElseThrow().name());
        assertTrue(book.forIntent("greet").isEmpty(), "greetings are no flow's");
    }

    @Test
    void anUnknownCheckStopsTheServiceNamingTheFlow() {
        String yaml = "flows:\n  - name: odd\n    intents: [x]\n    steps:\n      - {step: check, name: nope}\n";
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> FlowEngine.readBook(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
        assertTrue(refused.getMessage().contains("odd") && refused.getMessage().contains("nope"),
                refused.getMessage());
    }

    @Test
    void anUnknownStepKindIsRefused() {
        String yaml = "flows:\n  - name: odd\n    intents: [x]\n    steps:\n      - {step: teleport}\n";
        assertThrows(IllegalStateException.class,
                () -> FlowEngine.readBook(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
    }
}
