package com.shopmate.text.encoder;

/**
 * Where an encoder's files are on the class path and how to use them.
 *
 * @param maxTokens longer inputs are truncated: shoppers' messages are short, and attention cost grows with length
 * @param batchSize sentences per ONNX run when embedding many; only sentences of the same token count share a run
 */
public record EncoderSpec(String id, String modelResource, String tokenizerResource, Pooling pooling, int maxTokens,
                          int batchSize) {

    public static final int DEFAULT_MAX_TOKENS = 128;
    public static final int DEFAULT_BATCH_SIZE = 32;

    /** bge-small-en-v1.5, int8-quantised, 384 dimensions (from the langchain4j embeddings jar). */
    public static final EncoderSpec BGE_SMALL_EN = new EncoderSpec("bge-small-en-v1.5-q", "/bge-small-en-v1.5-q.onnx",
            "/bge-small-en-v1.5-q-tokenizer.json", Pooling.CLS, DEFAULT_MAX_TOKENS, DEFAULT_BATCH_SIZE);

    /** bge-small-zh-v1.5, int8-quantised, 512 dimensions (from the langchain4j embeddings jar). */
    public static final EncoderSpec BGE_SMALL_ZH = new EncoderSpec("bge-small-zh-v1.5-q", "/bge-small-zh-v1.5-q.onnx",
            "/bge-small-zh-v1.5-q-tokenizer.json", Pooling.CLS, DEFAULT_MAX_TOKENS, DEFAULT_BATCH_SIZE);
}
