package com.shopmate.tools.training.sentiment;

import com.shopmate.text.encoder.SentenceEncoder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class DistinctTextEncoderTest {

    /** Records what it was asked to embed; a text's vector is its length. */
    private static final class Recording implements SentenceEncoder {
        final List<List<String>> calls = new ArrayList<>();

        @Override
        public String id() {
            return "recording";
        }

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public float[] embed(String text) {
            calls.add(List.of(text));
            return new float[] {text.length()};
        }

        @Override
        public float[][] embedAll(List<String> texts) {
            calls.add(List.copyOf(texts));
            return texts.stream().map(t -> new float[] {t.length()}).toArray(float[][]::new);
        }
    }

    @Test
    void eachDistinctTextIsEmbeddedOnceInTheOrderItFirstAppears() {
        Recording encoder = new Recording();
        DistinctTextEncoder distinct = new DistinctTextEncoder(encoder);

        float[][] first = distinct.embedAll(List.of("在吗", "hello", "在吗", "ok"));
        float[][] again = distinct.embedAll(List.of("ok", "thanks", "hello"));

        assertEquals(List.of(List.of("在吗", "hello", "ok"), List.of("thanks")), encoder.calls);
        assertArrayEquals(new float[] {2}, first[2]);
        assertSame(first[3], again[0]);
        assertEquals("recording", distinct.id());
    }
}
