package com.shopmate.gateway.sms;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmsSegmentsTest {

    @Test
    void shortTextIsOneSegment() {
        assertEquals(List.of("Your order has shipped."), SmsSegments.of("Your order has shipped."));
        assertEquals(List.of("x".repeat(160)), SmsSegments.of("x".repeat(160)));
        assertEquals(List.of("好".repeat(70)), SmsSegments.of("好".repeat(70)));
    }

    @Test
    void englishIsCutAt160AfterASentenceAndPutsBackTogether() {
        String first = "Order SO-1001 has shipped with SF Express from our warehouse in Shenzhen and should arrive at"
                + " your door on Friday before noon. ";
        String text = first + "The tracking number is SF1234567890 and you can follow it on the carrier's site any"
                + " time you like, day or night.";
        List<String> segments = SmsSegments.of(text);

        assertEquals(2, segments.size(), segments.toString());
        assertTrue(segments.get(0).length() <= 160);
        assertEquals(first, segments.get(0), "cut after the sentence, not inside the next one");
        assertEquals(text, String.join("", segments));
    }

    @Test
    void withoutASentenceEndTheCutIsAfterASpaceNotInsideAWord() {
        String text = ("word ").repeat(40) + "end";
        List<String> segments = SmsSegments.of(text);

        assertTrue(segments.get(0).endsWith(" "), segments.get(0));
        assertTrue(segments.get(0).length() <= 160);
        assertEquals(text, String.join("", segments));
    }

    @Test
    void chineseIsCutAt70AfterTheFullStop() {
        String sentence = "您的订单已经发货，预计周五送达，快递单号是SF1234567890。";
        String text = sentence.repeat(5);
        List<String> segments = SmsSegments.of(text);

        assertFalse(SmsSegments.isGsm7(text));
        for (String segment : segments) {
            assertTrue(segment.length() <= 70, segment.length() + ": " + segment);
            assertTrue(segment.endsWith("。"), segment);
        }
        assertEquals(text, String.join("", segments));
    }

    @Test
    void oneChineseCharacterMakesAnEnglishTextUcs2() {
        String text = "Your parcel " + "is on its way ".repeat(5) + "到了";
        List<String> segments = SmsSegments.of(text);

        assertEquals(2, segments.size());
        assertTrue(segments.get(0).length() <= 70);
    }

    @Test
    void extensionCharactersCountTwice() {
        String text = "€".repeat(80) + "x";
        List<String> segments = SmsSegments.of(text);

        assertEquals(List.of("€".repeat(80), "x"), segments);
    }

    @Test
    void anEmojiIsNeverCutInHalf() {
        String text = "a" + "😀".repeat(40);
        List<String> segments = SmsSegments.of(text);

        for (String segment : segments) {
            assertTrue(segment.length() <= 70);
            assertFalse(Character.isHighSurrogate(segment.charAt(segment.length() - 1)), "ends inside a pair");
            assertFalse(Character.isLowSurrogate(segment.charAt(0)), "starts inside a pair");
        }
        assertEquals(text, String.join("", segments));
    }

    @Test
    void aTextWithNoBoundaryIsCutWhenTheSegmentIsFull() {
        String text = "好".repeat(150);
        assertEquals(List.of("好".repeat(70), "好".repeat(70), "好".repeat(10)), SmsSegments.of(text));
    }
}
