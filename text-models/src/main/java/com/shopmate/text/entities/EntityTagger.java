package com.shopmate.text.entities;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A learned entity tagger: labels each token (a Chinese character, an English word, see {@link TokenizedText}) as
 * beginning (B-type), inside (I-type) or outside (O) an entity, so that values never seen in training are found
 * from their context and shape (寄到[温州]要几天, promo code [WINTER25]). A {@link LinearChainCrf} over
 * {@link TaggerFeatures}; a span's confidence is the least marginal probability of its tokens' labels. Training is
 * deterministic. Thread-safe.
 */
public final class EntityTagger {

    /** Tokens {@code from} to {@code to} (exclusive) are a {@code type}, with the tagger's confidence in [0, 1]. */
    public record TaggedSpan(String type, int from, int to, double confidence) {
    }

    /** A training sentence with its entities as token spans. */
    public record Sentence(TokenizedText text, List<TaggedSpan> entities) {
    }

    private static final String OUTSIDE = "O";
    private static final String BEGIN = "B-";
    private static final String INSIDE = "I-";
    private static final int MAGIC = 0x534D_4554; // "SMET"
    private static final int FORMAT = 1;

    private final List<String> labels;
    private final LinearChainCrf crf;
    private final Gazetteer gazetteer;

    private EntityTagger(List<String> labels, LinearChainCrf crf, Gazetteer gazetteer) {
        this.labels = List.copyOf(labels);
        this.crf = crf;
        this.gazetteer = gazetteer;
    }

    /** @param gazetteer lookup membership is a feature: {@link #read} must be given the same gazetteer */
    public static EntityTagger train(List<Sentence> sentences, Gazetteer gazetteer, TaggerSettings settings) {
        Set<String> types = new TreeSet<>();
        sentences.forEach(s -> s.entities().forEach(e -> types.add(e.type())));
        if (types.isEmpty()) {
            throw new IllegalArgumentException("no annotated entity to learn from");
        }
        List<String> labels = labels(types);
        List<LinearChainCrf.Sequence> data = new ArrayList<>();
        for (Sentence sentence : sentences) {
            int[] gold = new int[sentence.text().size()];
            for (TaggedSpan entity : sentence.entities()) {
                gold[entity.from()] = labels.indexOf(BEGIN + entity.type());
                for (int t = entity.from() + 1; t < entity.to(); t++) {
                    gold[t] = labels.indexOf(INSIDE + entity.type());
                }
            }
            data.add(new LinearChainCrf.Sequence(TaggerFeatures.of(sentence.text(), gazetteer), gold));
        }
        LinearChainCrf crf = LinearChainCrf.train(labels.size(), allowed(labels), allowedStart(labels), data,
                settings);
        return new EntityTagger(labels, crf, gazetteer);
    }

    /** The entity types it learned. */
    public Set<String> types() {
        Set<String> types = new LinkedHashSet<>();
        labels.stream().filter(l -> l.startsWith(BEGIN)).forEach(l -> types.add(l.substring(BEGIN.length())));
        return types;
    }

    /** The entities in {@code text}, in text order, not overlapping. */
    public List<TaggedSpan> tag(TokenizedText text) {
        if (text.size() == 0) {
            return List.of();
        }
        LinearChainCrf.Decoded decoded = crf.decode(TaggerFeatures.of(text, gazetteer));
        List<TaggedSpan> spans = new ArrayList<>();
        int t = 0;
        while (t < text.size()) {
            String label = labels.get(decoded.labels()[t]);
            if (!label.startsWith(BEGIN)) {
                t++;
                continue;
            }
            String inside = INSIDE + label.substring(BEGIN.length());
            double confidence = decoded.confidence()[t];
            int end = t + 1;
            while (end < text.size() && labels.get(decoded.labels()[end]).equals(inside)) {
                confidence = Math.min(confidence, decoded.confidence()[end]);
                end++;
            }
            spans.add(new TaggedSpan(label.substring(BEGIN.length()), t, end, confidence));
            t = end;
        }
        return spans;
    }

    /** The model as bytes: labels, feature names and weights (float32). */
    public byte[] bytes() {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(buffer);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(labels.size());
            for (String label : labels) {
                out.writeUTF(label);
            }
            out.writeInt(crf.features().size());
            for (String feature : crf.features()) {
                out.writeUTF(feature);
            }
            for (double w : crf.weights()) {
                out.writeFloat((float) w);
            }
            out.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the entity tagger cannot be written", e);
        }
    }

    /** Reads what {@link #bytes()} wrote; {@code gazetteer} is the one it was trained with. */
    public static EntityTagger read(byte[] bytes, Gazetteer gazetteer) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IllegalArgumentException("not an entity tagger of format " + FORMAT);
            }
            List<String> labels = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                labels.add(in.readUTF());
            }
            List<String> features = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                features.add(in.readUTF());
            }
            double[] theta = new double[LinearChainCrf.parameterCount(labels.size(), features.size())];
            for (int i = 0; i < theta.length; i++) {
                theta[i] = in.readFloat();
            }
            LinearChainCrf crf = new LinearChainCrf(labels.size(), features, allowed(labels), allowedStart(labels),
                    theta);
            return new EntityTagger(labels, crf, gazetteer);
        } catch (IOException e) {
            throw new UncheckedIOException("the entity tagger cannot be read", e);
        }
    }

    private static List<String> labels(Set<String> types) {
        List<String> labels = new ArrayList<>();
        labels.add(OUTSIDE);
        for (String type : types) {
            labels.add(BEGIN + type);
            labels.add(INSIDE + type);
        }
        return labels;
    }

    /** I-type only after B-type or I-type of the same type. */
    private static boolean[] allowed(List<String> labels) {
        int n = labels.size();
        boolean[] allowed = new boolean[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                String from = labels.get(a);
                String to = labels.get(b);
                allowed[a * n + b] = !to.startsWith(INSIDE)
                        || !from.equals(OUTSIDE) && from.substring(2).equals(to.substring(2));
            }
        }
        return allowed;
    }

    private static boolean[] allowedStart(List<String> labels) {
        boolean[] allowed = new boolean[labels.size()];
        for (int y = 0; y < labels.size(); y++) {
            allowed[y] = !labels.get(y).startsWith(INSIDE);
        }
        return allowed;
    }
}
