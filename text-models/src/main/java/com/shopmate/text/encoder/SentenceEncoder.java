package com.shopmate.text.encoder;

import java.util.List;

/** Turns a sentence into a fixed-size, L2-normalised vector: similar meaning, high dot product. */
public interface SentenceEncoder {

    /** Names the model (for example {@code bge-small-en-v1.5-q}); a saved classifier refers to its encoder by it. */
    String id();

    int dimension();

    float[] embed(String text);

    /** Embeds many sentences at once, in the order given; faster than one by one. */
    float[][] embedAll(List<String> texts);
}
