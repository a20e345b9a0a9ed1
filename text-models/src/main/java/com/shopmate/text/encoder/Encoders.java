package com.shopmate.text.encoder;

/**
 * The pretrained encoders Shopmate ships, each loaded once per JVM on first use: a session holds tens of MB of
 * weights and takes a second or two to build, and one session serves concurrent callers.
 */
public final class Encoders {

    private Encoders() {
    }

    public static SentenceEncoder english() {
        return English.INSTANCE;
    }

    public static SentenceEncoder chinese() {
        return Chinese.INSTANCE;
    }

    /** The shipped encoder with this {@link SentenceEncoder#id()}, as recorded in a saved model. */
    public static SentenceEncoder byId(String id) {
        if (id.equals(EncoderSpec.BGE_SMALL_EN.id())) {
            return english();
        }
        if (id.equals(EncoderSpec.BGE_SMALL_ZH.id())) {
            return chinese();
        }
        throw new IllegalArgumentException("unknown sentence encoder '" + id + "'; shipped: "
                + EncoderSpec.BGE_SMALL_EN.id() + ", " + EncoderSpec.BGE_SMALL_ZH.id());
    }

    // Holder classes: the JVM loads each on first access, so a Chinese-only shop never loads the English model.
    private static final class English {
        static final OnnxSentenceEncoder INSTANCE = OnnxSentenceEncoder.load(EncoderSpec.BGE_SMALL_EN);
    }

    private static final class Chinese {
        static final OnnxSentenceEncoder INSTANCE = OnnxSentenceEncoder.load(EncoderSpec.BGE_SMALL_ZH);
    }
}
