package com.shopmate.nlu.entity;

import java.time.LocalDate;
import java.util.List;

/** What one recognizer finds in a text once overlaps are resolved, as "value=covered text", for readable asserts. */
public final class Recognized {

    /** A Tuesday: the reference day of every date test. */
    public static final LocalDate TUESDAY_2026_12_01 = LocalDate.of(2026, 12, 1);

    private Recognized() {
    }

    public static List<String> by(EntityRecognizer recognizer, String text) {
        EntityText input = EntityText.of(text, TUESDAY_2026_12_01);
        return OverlapResolver.resolve(recognizer.recognize(input), input.text().length()).stream()
                .map(span -> span.value() + "=" + text.substring(input.originalStart(span.start()),
                        input.originalEnd(span.end())))
                .toList();
    }

    /** The values only. */
    public static List<String> values(EntityRecognizer recognizer, String text) {
        return by(recognizer, text).stream().map(s -> s.substring(0, s.lastIndexOf('='))).toList();
    }
}
