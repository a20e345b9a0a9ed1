package com.shopmate.text.encoder;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A BERT-style encoder run by ONNX Runtime, its tokenizer by DJL's HuggingFace tokenizers. Thread-safe: an
 * {@link OrtSession} and a tokenizer may be used by many threads at once, and nothing else here is mutable.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder, AutoCloseable {

    private static final String DJL_OFFLINE = "ai.djl.offline";
    private static final String INPUT_IDS = "input_ids";
    private static final String ATTENTION_MASK = "attention_mask";
    private static final String TOKEN_TYPE_IDS = "token_type_ids";

    private final EncoderSpec spec;
    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean takesTokenTypes;
    private final int dimension;

    private OnnxSentenceEncoder(EncoderSpec spec, OrtSession session, HuggingFaceTokenizer tokenizer) {
        this.spec = spec;
        this.session = session;
        this.tokenizer = tokenizer;
        this.takesTokenTypes = session.getInputNames().contains(TOKEN_TYPE_IDS);
        this.dimension = embed("dimension probe").length;
    }

    /** Builds the session and tokenizer from the class path resources that {@code spec} names. */
    public static OnnxSentenceEncoder load(EncoderSpec spec) {
        try {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // One thread per run: a single utterance is too small to split, and on a shared 2-core machine more
            // threads only add contention. Throughput for many sentences comes from running batches side by side.
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = OrtEnvironment.getEnvironment().createSession(resource(spec.modelResource()), options);
            return new OnnxSentenceEncoder(spec, session, tokenizer(spec));
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load sentence encoder " + spec.id(), e);
        }
    }

    private static HuggingFaceTokenizer tokenizer(EncoderSpec spec) {
        // DJL's tokenizer would otherwise look for updates of its native library online; everything it needs is in
        // its jar. Set here, where every tokenizer is made, so no caller has to remember it.
        if (System.getProperty(DJL_OFFLINE) == null) {
            System.setProperty(DJL_OFFLINE, "true");
        }
        Map<String, String> options = new HashMap<>();
        // Some tokenizer.json files pad every input to 128 tokens (MiniLM) and some never truncate (bge-zh):
        // we pad each batch ourselves, and cut long inputs.
        options.put("padding", "false");
        options.put("truncation", "true");
        options.put("maxLength", Integer.toString(spec.maxTokens()));
        options.put("addSpecialTokens", "true");
        try (InputStream in = OnnxSentenceEncoder.class.getResourceAsStream(spec.tokenizerResource())) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + spec.tokenizerResource());
            }
            return HuggingFaceTokenizer.newInstance(in, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = OnnxSentenceEncoder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public int dimension() {
        return dimension;
    }

    public Pooling pooling() {
        return spec.pooling();
    }

    @Override
    public float[] embed(String text) {
        return run(new Encoding[] {tokenizer.encode(text)})[0];
    }

    /**
     * Sorts the sentences by token count and batches only sentences of the same count, so nothing is padded: the
     * int8 models quantise activations over the whole batch, and padding rows shift a short sentence's vector
     * (bge-small-en's "hi" beside a long sentence to a cosine of 0.994 with itself alone), which would make training features differ from the one-by-one vectors
     * served later. The batches run in parallel on the common pool; the output is deterministic.
     */
    @Override
    public float[][] embedAll(List<String> texts) {
        int n = texts.size();
        Encoding[] encodings = new Encoding[n];
        for (int i = 0; i < n; i++) {
            encodings[i] = tokenizer.encode(texts.get(i));
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
        List<int[]> batches = new ArrayList<>();
        for (int from = 0; from < n; ) {
            int length = encodings[order[from]].getIds().length;
            int to = from + 1;
            while (to < n && to - from < spec.batchSize() && encodings[order[to]].getIds().length == length) {
                to++;
            }
            batches.add(new int[] {from, to});
            from = to;
        }
        float[][] vectors = new float[n][];
        batches.parallelStream().forEach(range -> {
            Encoding[] batch = new Encoding[range[1] - range[0]];
            for (int j = range[0]; j < range[1]; j++) {
                batch[j - range[0]] = encodings[order[j]];
            }
            float[][] out = run(batch);
            for (int j = range[0]; j < range[1]; j++) {
                vectors[order[j]] = out[j - range[0]];
            }
        });
        return vectors;
    }

    private float[][] run(Encoding[] batch) {
        int n = batch.length;
        int length = 0;
        for (Encoding e : batch) {
            length = Math.max(length, e.getIds().length);
        }
        long[] ids = new long[n * length];
        long[] mask = new long[n * length];
        long[] types = new long[n * length];
        for (int i = 0; i < n; i++) {
            long[] tokenIds = batch[i].getIds();
            System.arraycopy(tokenIds, 0, ids, i * length, tokenIds.length);
            System.arraycopy(batch[i].getAttentionMask(), 0, mask, i * length, tokenIds.length);
            System.arraycopy(batch[i].getTypeIds(), 0, types, i * length, tokenIds.length);
        }
        long[] shape = {n, length};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(INPUT_IDS, OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
            inputs.put(ATTENTION_MASK, OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
            if (takesTokenTypes) {
                inputs.put(TOKEN_TYPE_IDS, OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                // last_hidden_state [n, length, hidden], read flat: no float[][][] of boxed rows.
                OnnxTensor hidden = (OnnxTensor) result.get(0);
                long[] hiddenShape = hidden.getInfo().getShape();
                FloatBuffer flat = hidden.getFloatBuffer();
                return pool(flat, mask, n, length, (int) hiddenShape[2]);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("sentence encoder " + spec.id() + " failed", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private float[][] pool(FloatBuffer hidden, long[] mask, int n, int length, int hiddenSize) {
        float[][] out = new float[n][hiddenSize];
        for (int i = 0; i < n; i++) {
            float[] v = out[i];
            int sentence = i * length * hiddenSize;
            if (spec.pooling() == Pooling.CLS) {
                hidden.get(sentence, v, 0, hiddenSize);
            } else {
                int tokens = 0;
                for (int t = 0; t < length; t++) {
                    if (mask[i * length + t] == 0) {
                        continue;
                    }
                    tokens++;
                    int row = sentence + t * hiddenSize;
                    for (int k = 0; k < hiddenSize; k++) {
                        v[k] += hidden.get(row + k);
                    }
                }
                for (int k = 0; k < hiddenSize; k++) {
                    v[k] /= Math.max(tokens, 1);
                }
            }
            normalise(v);
        }
        return out;
    }

    private static void normalise(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float scale = (float) (1 / Math.sqrt(Math.max(sum, 1e-12)));
        for (int k = 0; k < v.length; k++) {
            v[k] *= scale;
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        } finally {
            tokenizer.close();
        }
    }
}
