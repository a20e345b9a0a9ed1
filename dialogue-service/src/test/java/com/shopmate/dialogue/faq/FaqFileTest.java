package com.shopmate.dialogue.faq;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaqFileTest {

    private static final String SHIPPING = """
            {"id":"F1","question_zh":"运费多少？","question_en":"How much is shipping?","answer_zh":"满99元包邮。",\
            "answer_en":"Free over 99 CNY.","tags":["shipping"]}""";

    @Test
    void theBundledDemoShopFaqHasItsFortyEntries() {
        List<FaqEntry> entries = FaqFile.bundled();

        assertEquals(40, entries.size());
        assertEquals("FAQ-001", entries.get(0).id());
        assertEquals(List.of("shipping"), entries.get(0).tags());
    }

    @Test
    void blankLinesAreSkippedAndTagsMayBeLeftOut() throws IOException {
        String untagged = SHIPPING.replace("F1", "F2").replace(",\"tags\":[\"shipping\"]", "");

        List<FaqEntry> entries = parse(SHIPPING + "\n\n" + untagged);

        assertEquals(2, entries.size());
        assertEquals(List.of(), entries.get(1).tags());
    }

    @Test
    void aMissingAnswerIsRefusedWithItsLineAndField() {
        String broken = SHIPPING.replace("\"answer_en\":\"Free over 99 CNY.\",", "");

        String first = SHIPPING.replace("F1", "F0");

        var error = assertThrows(IllegalArgumentException.class, () -> parse(first + "\n" + broken));

        assertTrue(error.getMessage().startsWith("faq.jsonl line 2:"), error.getMessage());
        assertTrue(error.getMessage().contains("answer_en"), error.getMessage());
    }

    @Test
    void anIdUsedTwiceIsRefused() {
        var error = assertThrows(IllegalArgumentException.class, () -> parse(SHIPPING + "\n" + SHIPPING));

        assertEquals("faq.jsonl line 2: id 'F1' is used twice", error.getMessage());
    }

    @Test
    void aLineThatIsNotJsonIsRefusedWithItsLine() {
        var error = assertThrows(IllegalArgumentException.class, () -> parse(SHIPPING + "\nid: F2"));

        assertTrue(error.getMessage().startsWith("faq.jsonl line 2: not a JSON object"), error.getMessage());
    }

    @Test
    void anEmptyFileIsRefused() {
        var error = assertThrows(IllegalArgumentException.class, () -> parse("\n"));

        assertEquals("faq.jsonl holds no FAQ entries", error.getMessage());
    }

    private static List<FaqEntry> parse(String text) throws IOException {
        return FaqFile.parse(new BufferedReader(new StringReader(text)), "faq.jsonl");
    }
}
