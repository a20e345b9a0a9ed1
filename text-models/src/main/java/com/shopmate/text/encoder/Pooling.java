package com.shopmate.text.encoder;

/** How token vectors become one sentence vector; each encoder was trained for one of them. */
public enum Pooling {
    /** The first ([CLS]) token's vector: what the bge models were trained to use. */
    CLS,
    /** The average over the real (unmasked) tokens: what sentence-transformers models such as MiniLM use. */
    MEAN
}
