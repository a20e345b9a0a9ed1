package com.shopmate.text.encoder;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OnnxSentenceEncoderTest {

    @Test
    void englishSentenceBecomesAUnitVectorOf384Dimensions() {
        SentenceEncoder en = Encoders.english();

        float[] v = en.embed("where is my order?");
        assertEquals(384, en.dimension());
        assertEquals(384, v.length);
        assertEquals(1.0, norm(v), 1e-4);
    }

    @Test
    void chineseSentenceBecomesAUnitVectorOf512Dimensions() {
        SentenceEncoder zh = Encoders.chinese();

        float[] v = zh.embed("我的订单什么时候发货？");
        assertEquals(512, zh.dimension());
        assertEquals(512, v.length);
        assertEquals(1.0, norm(v), 1e-4);
    }

    @Test
    void aParaphraseIsCloserThanAnUnrelatedSentence() {
        SentenceEncoder en = Encoders.english();
        SentenceEncoder zh = Encoders.chinese();

        assertTrue(dot(en.embed("where is my order?"), en.embed("when will my package arrive"))
                > dot(en.embed("where is my order?"), en.embed("what's the weather like today")));
        assertTrue(dot(zh.embed("我的快递到哪了"), zh.embed("我的包裹什么时候送到"))
                > dot(zh.embed("我的快递到哪了"), zh.embed("今天天气怎么样")));
    }

    @Test
    void batchedEmbeddingsMatchOneByOneInTheOrderGiven() {
        // Padding would shift the int8 models' activation scale; sentences of one length share a run, unpadded.
        SentenceEncoder en = Encoders.english();
        List<String> texts = List.of("a much longer sentence about returning a pair of shoes that did not fit", "hi",
                "cancel my order");

        float[][] batch = en.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertTrue(dot(batch[i], en.embed(texts.get(i))) > 0.99999, "sentence " + i + " moved in the batch");
        }
    }

    @Test
    void concurrentCallersGetTheSameVectors() throws Exception {
        SentenceEncoder zh = Encoders.chinese();
        float[] expected = zh.embed("我要退货");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> results = pool.invokeAll(Collections.nCopies(16, () -> zh.embed("我要退货")));
            for (Future<float[]> f : results) {
                assertArrayEquals(expected, f.get(), 1e-6f);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void eachEncoderIsLoadedOncePerJvm() {
        assertSame(Encoders.english(), Encoders.english());
        assertSame(Encoders.chinese(), Encoders.byId("bge-small-zh-v1.5-q"));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(float[] v) {
        return Math.sqrt(dot(v, v));
    }
}
