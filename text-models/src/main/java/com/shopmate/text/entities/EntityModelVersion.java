package com.shopmate.text.entities;

import com.shopmate.text.trainingdata.RegexFeature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * An entity model's version is a hash of its content (known phrases, synonyms, regexes, tagger weights): the same
 * data and settings give the same version, and a loaded model can be checked against the version it claims.
 */
final class EntityModelVersion {

    private static final int HEX_DIGITS = 16;

    private EntityModelVersion() {
    }

    static String of(Gazetteer gazetteer, SynonymMap synonyms, List<RegexFeature> regexes, EntityTagger tagger) {
        MessageDigest digest = sha256();
        gazetteer.entries().forEach(e -> update(digest, e.type() + "\t" + e.phrase() + "\t" + e.value() + "\t"
                + e.origin()));
        synonyms.asWritten().forEach((alias, value) -> update(digest, alias + "\t" + value));
        regexes.forEach(r -> update(digest, r.name() + "\t" + r.patterns()));
        if (tagger != null) {
            digest.update(tagger.bytes());
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, HEX_DIGITS);
    }

    private static void update(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
