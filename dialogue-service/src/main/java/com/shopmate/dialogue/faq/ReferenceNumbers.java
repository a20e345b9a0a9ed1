package com.shopmate.dialogue.faq;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Order, parcel and return numbers in a message ("where is SO2026111500123?"). A question that names one is about
 * that order, which only the back end can answer: the FAQ's general wording would read like an answer and be wrong.
 */
final class ReferenceNumbers {

    // Letters then at least 8 digits (SO…, SF…, RMA…, JDVA…, YT…) or a bare run of 12 or more (ZTO's 78…); an
    // 11-digit phone number is neither, so "I changed my phone to 138…" still reaches the FAQ.
    private static final Pattern REFERENCE = Pattern.compile("(?<![A-Za-z0-9])(?:[A-Za-z]+[0-9]{8,}|[0-9]{12,})");

    private ReferenceNumbers() {
    }

    static boolean mentionedIn(String text) {
        // NFKC: full-width letters and digits, common in Chinese input, count like their ASCII forms.
        return REFERENCE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).find();
    }
}
