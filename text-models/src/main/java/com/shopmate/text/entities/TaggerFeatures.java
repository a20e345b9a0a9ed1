package com.shopmate.text.entities;

import com.shopmate.text.entities.Gazetteer.Match;
import com.shopmate.text.script.HanScript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the tagger sees of each token: the token and its neighbours two either side (lower-cased), the bigrams
 * around it (优惠|码 before a code), what kind of characters it and its neighbours are made of and its shape, affixes
 * of English words, and whether it lies in, or next to, a known phrase of some type (a lookup table). Computed the
 * same way when training and when tagging.
 */
final class TaggerFeatures {

    private static final int AFFIX = 3;
    private static final int LONG_TOKEN = 5;

    private TaggerFeatures() {
    }

    /** Per token, its features. */
    static List<String[]> of(TokenizedText text, Gazetteer gazetteer) {
        int n = text.size();
        List<List<String>> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            features.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            List<String> f = features.get(i);
            String token = text.token(i).text();
            f.add("bias");
            f.add("w=" + key(text, i));
            f.add("w-1=" + key(text, i - 1));
            f.add("w+1=" + key(text, i + 1));
            f.add("w-2=" + key(text, i - 2));
            f.add("w+2=" + key(text, i + 2));
            f.add("w-1|w=" + key(text, i - 1) + "|" + key(text, i));
            f.add("w|w+1=" + key(text, i) + "|" + key(text, i + 1));
            f.add("c=" + charClass(token));
            f.add("s=" + shape(token));
            f.add("c-1=" + (i > 0 ? charClass(text.token(i - 1).text()) : "^"));
            f.add("c+1=" + (i + 1 < n ? charClass(text.token(i + 1).text()) : "$"));
            f.add("b-=" + key(text, i - 2) + "|" + key(text, i - 1));
            f.add("b+=" + key(text, i + 1) + "|" + key(text, i + 2));
            if (token.length() >= LONG_TOKEN) {
                f.add("long");
            }
            if (TokenizedText.isWordChar(token.charAt(0)) && token.length() > AFFIX) {
                f.add("pre=" + token.substring(0, AFFIX).toLowerCase(Locale.ROOT));
                f.add("suf=" + token.substring(token.length() - AFFIX).toLowerCase(Locale.ROOT));
            }
            if (i > 0 && text.token(i).start() == text.token(i - 1).end()) {
                f.add("glued"); // no space before: 寄到SF vs "to SF"
            }
        }
        for (Match match : gazetteer.find(text)) {
            String type = match.entry().type();
            for (int i = match.from(); i < match.to(); i++) {
                features.get(i).add("lk=" + type + (i == match.from() ? ":B" : ":I"));
            }
            if (match.from() > 0) {
                features.get(match.from() - 1).add("lk+1=" + type);
            }
            if (match.to() < n) {
                features.get(match.to()).add("lk-1=" + type);
            }
        }
        List<String[]> out = new ArrayList<>(n);
        features.forEach(f -> out.add(f.toArray(String[]::new)));
        return out;
    }

    private static String key(TokenizedText text, int i) {
        if (i < 0) {
            return "^";
        }
        return i >= text.size() ? "$" : text.token(i).key();
    }

    static String charClass(String token) {
        int cp = token.codePointAt(0);
        if (HanScript.isHan(cp)) {
            return "han";
        }
        boolean digits = token.chars().allMatch(Character::isDigit);
        boolean letters = token.chars().allMatch(Character::isLetter);
        if (digits) {
            return "num";
        }
        if (!letters) {
            return TokenizedText.isWordChar(cp) ? "alnum" : "punct";
        }
        if (token.chars().allMatch(Character::isUpperCase)) {
            return "upper";
        }
        return Character.isUpperCase(cp) ? "cap" : "lower";
    }

    /** SAVE20 → A0, Nanjing → Aa, 88 → 0: the kinds of characters in order, runs collapsed. */
    static String shape(String token) {
        StringBuilder shape = new StringBuilder();
        token.codePoints().forEach(cp -> {
            char c = Character.isDigit(cp) ? '0' : Character.isUpperCase(cp) ? 'A' : Character.isLowerCase(cp) ? 'a'
                    : HanScript.isHan(cp) ? 'h' : '.';
            if (shape.length() == 0 || shape.charAt(shape.length() - 1) != c) {
                shape.append(c);
            }
        });
        return shape.toString();
    }
}
