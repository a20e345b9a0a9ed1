package com.shopmate.text.classifier;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * A model's version is a hash of its content (config, labels, vocabulary, weights): two trainings that give the
 * same model give the same version, and a reloaded artifact can be checked against the version it claims.
 */
final class ModelVersion {

    private static final int HEX_DIGITS = 16;

    private ModelVersion() {
    }

    static String of(TextClassifierConfig config, Collection<LanguageModel> models) {
        MessageDigest digest = sha256();
        update(digest, config.softmax().toString() + " " + config.minExamplesPerLanguage());
        for (LanguageModel m : models) {
            update(digest, m.language().code() + " " + m.trainingExamples());
            update(digest, m.labels().toString());
            update(digest, m.featurizer().encoder().id());
            update(digest, m.featurizer().tfIdf().config().toString());
            update(digest, Float.toString(m.featurizer().denseWeight()));
            for (String term : m.featurizer().tfIdf().vocabulary()) {
                update(digest, term);
            }
            update(digest, m.featurizer().tfIdf().idf());
            update(digest, m.softmax().weights);
            update(digest, m.softmax().bias);
            // Only when calibrated, so that artifacts saved before calibration existed keep their version.
            if (m.temperature() != 1.0) {
                update(digest, "temperature " + m.temperature());
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, HEX_DIGITS);
    }

    private static void update(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static void update(MessageDigest digest, float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(4 * 4096).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < values.length; i += 4096) {
            buffer.clear();
            buffer.asFloatBuffer().put(values, i, Math.min(4096, values.length - i));
            digest.update(buffer.array(), 0, 4 * Math.min(4096, values.length - i));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
