package com.shopmate.text.classifier;


import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Carves a deterministic, stratified part out of a data set: per label, the examples ordered by
 * sha256(salt + "|" + text), the first {@code fraction} of them (rounded). Same file, same split, on any machine;
 * a different salt gives an independent split (the test carve uses "test", the validation carve "val").
 */
public final class StratifiedSplit {

    public static final String VALIDATION_SALT = "val";
    public static final String TEST_SALT = "test";

    /** {@code rest} and {@code carved} keep the input's order. */
    public record Split(List<LabeledText> rest, List<LabeledText> carved) {
    }

    private StratifiedSplit() {
    }

    public static Split carve(List<LabeledText> rows, double fraction, String salt) {
        if (fraction <= 0 || fraction >= 1) {
            throw new IllegalArgumentException("fraction must be in (0, 1), got " + fraction);
        }
        Map<String, List<LabeledText>> byLabel = new TreeMap<>();
        for (LabeledText row : rows) {
            byLabel.computeIfAbsent(row.label(), l -> new ArrayList<>()).add(row);
        }
        Set<LabeledText> carved = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<LabeledText> group : byLabel.values()) {
            Map<LabeledText, String> key = new IdentityHashMap<>();
            group.forEach(row -> key.put(row, sha256(salt + "|" + row.text())));
            List<LabeledText> sorted = new ArrayList<>(group);
            // Stable sort: identical texts keep their input order.
            sorted.sort(Comparator.comparing(key::get));
            carved.addAll(sorted.subList(0, (int) Math.round(group.size() * fraction)));
        }
        List<LabeledText> rest = new ArrayList<>();
        List<LabeledText> out = new ArrayList<>();
        for (LabeledText row : rows) {
            (carved.contains(row) ? out : rest).add(row);
        }
        return new Split(rest, out);
    }

    static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
