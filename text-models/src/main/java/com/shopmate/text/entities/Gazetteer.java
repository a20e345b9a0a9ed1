package com.shopmate.text.entities;

import com.shopmate.text.entities.TokenizedText.Token;
import com.shopmate.text.script.HanScript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds known phrases ({@link GazetteerEntry}) in a text, token by token ({@link TokenizedText}): a Chinese phrase
 * matches inside a sentence without spaces, an English one only as whole words, any case, full- or half-width.
 * Per type, matches are leftmost and longest and do not overlap; different types may overlap (the caller decides).
 */
public final class Gazetteer {

    /**
     * A phrase of one Latin letter (sizes S, M, L) matches only in the case it is written in: lower case "m" and "s"
     * are ordinary parts of English ("I'm", "it's").
     */
    private static final int CASE_SENSITIVE_UP_TO = 1;
    private static final String APOSTROPHES = "'’";

    /** One phrase found: tokens {@code from} to {@code to} (exclusive) of the text. */
    public record Match(GazetteerEntry entry, int from, int to) {
    }

    private final List<GazetteerEntry> entries;
    private final Map<String, Node> rootsByType = new HashMap<>();

    public Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        for (GazetteerEntry entry : this.entries) {
            List<Token> tokens = TokenizedText.of(entry.phrase()).tokens();
            Node node = rootsByType.computeIfAbsent(entry.type(), t -> new Node());
            for (Token token : tokens) {
                node = node.children.computeIfAbsent(token.key(), k -> new Node());
            }
            if (node.entry == null) {
                node.entry = entry; // the first entry for a phrase wins: lookups come before examples
            }
        }
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** The entity types with at least one entry. */
    public Set<String> types() {
        Set<String> types = new LinkedHashSet<>();
        entries.forEach(e -> types.add(e.type()));
        return types;
    }

    public List<Match> find(TokenizedText text) {
        List<Match> found = new ArrayList<>();
        for (Node root : rootsByType.values()) {
            int i = 0;
            while (i < text.size()) {
                Match match = longestAt(root, text, i);
                if (match == null) {
                    i++;
                } else {
                    found.add(match);
                    i = match.to();
                }
            }
        }
        found.sort((a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from())
                : a.entry().type().compareTo(b.entry().type()));
        return found;
    }

    private static Match longestAt(Node root, TokenizedText text, int from) {
        Node node = root;
        Match best = null;
        for (int i = from; i < text.size(); i++) {
            if (i > from && text.token(i).start() != text.token(i - 1).end() && isHan(text.token(i).text())
                    && isHan(text.token(i - 1).text())) {
                break; // "顺 丰" with a space is not 顺丰: spaces inside Chinese separate phrases
            }
            node = node.children.get(text.token(i).key());
            if (node == null) {
                break;
            }
            if (node.entry != null && caseFits(node.entry, text, from, i + 1) && !inContraction(text, from, i + 1)) {
                best = new Match(node.entry, from, i + 1);
            }
        }
        return best;
    }

    private static boolean caseFits(GazetteerEntry entry, TokenizedText text, int from, int to) {
        String written = text.span(from, to);
        boolean oneLatinLetter = written.length() <= CASE_SENSITIVE_UP_TO && Character.isLetter(written.charAt(0))
                && written.charAt(0) < 0x80;
        return !oneLatinLetter || entry.phrase().strip().equals(written);
    }

    /** "I'M" holds no size M: a Latin phrase touching an apostrophe is part of a contraction. */
    private static boolean inContraction(TokenizedText text, int from, int to) {
        String s = text.text();
        int start = text.token(from).start();
        int end = text.token(to - 1).end();
        boolean latinStart = TokenizedText.isWordChar(text.token(from).text().charAt(0));
        boolean latinEnd = TokenizedText.isWordChar(text.token(to - 1).text().charAt(text.token(to - 1).text().length() - 1));
        return latinStart && start > 0 && APOSTROPHES.indexOf(s.charAt(start - 1)) >= 0
                || latinEnd && end < s.length() && APOSTROPHES.indexOf(s.charAt(end)) >= 0;
    }

    private static boolean isHan(String token) {
        return HanScript.isHan(token.codePointAt(0));
    }

    private static final class Node {
        private final Map<String, Node> children = new HashMap<>();
        private GazetteerEntry entry;
    }
}
