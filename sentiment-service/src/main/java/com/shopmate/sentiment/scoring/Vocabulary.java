package com.shopmate.sentiment.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.shopmate.sentiment.scoring.SentimentLexicon.require;

/**
 * Every term of a {@link SentimentLexicon} as a sequence of {@link TextUnits}, with what it does. Finds the terms in
 * a text by longest match, so "不错" is read before "不" and "不好意思" before "不" + "好".
 */
final class Vocabulary {

    /** What a term does; a term may be a sentiment word and an emotion cue at once ("垃圾"). */
    record Entry(String term, double weight, boolean negator, double intensifier, String emotion, boolean contrast) {
        boolean isSentimentWord() {
            return weight != 0;
        }

        boolean isIntensifier() {
            return intensifier != 0;
        }
    }

    /** A unit of text: a known term, an unknown unit (entry null), or a clause boundary. */
    record Token(String text, Entry entry) {
        boolean isBoundary() {
            return TextUnits.BOUNDARY.equals(text);
        }
    }

    private static final String JOIN = " ";
    private final Map<String, Entry> entries = new HashMap<>();
    private int longestTerm = 1;

    Vocabulary(SentimentLexicon lexicon) {
        lexicon.positive().all().forEach((term, weight) -> add(term, "positive",
                new Entry(term, weight, false, 0, null, false)));
        lexicon.negative().all().forEach((term, weight) -> add(term, "negative",
                new Entry(term, -weight, false, 0, null, false)));
        lexicon.neutral().all().forEach(term -> add(term, "neutral", new Entry(term, 0, false, 0, null, false)));
        lexicon.contrast().all().forEach(term -> add(term, "contrast", new Entry(term, 0, false, 0, null, true)));
        lexicon.negators().all().forEach(term -> add(term, "negators", new Entry(term, 0, true, 0, null, false)));
        lexicon.intensifiers().all().forEach((term, factor) -> {
            require(factor > 0, "intensifier '" + term + "' needs a positive factor");
            add(term, "intensifiers", new Entry(term, 0, false, factor, null, false));
        });
        lexicon.emotions().forEach((emotion, cues) -> cues.all().forEach(term -> addCue(term, emotion)));
    }

    List<Token> tokens(List<String> units) {
        List<Token> tokens = new ArrayList<>();
        for (int at = 0; at < units.size(); ) {
            Entry found = null;
            int length = Math.min(longestTerm, units.size() - at);
            while (length > 0 && (found = entries.get(String.join(JOIN, units.subList(at, at + length)))) == null) {
                length--;
            }
            int consumed = Math.max(length, 1);
            tokens.add(new Token(String.join(JOIN, units.subList(at, at + consumed)), found));
            at += consumed;
        }
        return tokens;
    }

    private void add(String term, String list, Entry entry) {
        String key = key(term, list);
        Entry existing = entries.putIfAbsent(key, entry);
        require(existing == null, "'" + term + "' in " + list + " is already listed elsewhere");
    }

    // A cue may also be a sentiment word, and nothing else: not a negator, an intensifier or another emotion's cue.
    private void addCue(String term, String emotion) {
        String key = key(term, emotion);
        Entry existing = entries.get(key);
        if (existing == null) {
            entries.put(key, new Entry(term, 0, false, 0, emotion, false));
            return;
        }
        require(!existing.negator() && !existing.isIntensifier() && existing.emotion() == null
                && existing.isSentimentWord(), "cue '" + term + "' of " + emotion + " is already listed elsewhere");
        entries.put(key, new Entry(term, existing.weight(), false, 0, emotion, false));
    }

    private String key(String term, String list) {
        List<String> units = TextUnits.of(term).units();
        require(!units.isEmpty() && !units.contains(TextUnits.BOUNDARY),
                "'" + term + "' in " + list + " is no word (punctuation is matched by rules, not terms)");
        longestTerm = Math.max(longestTerm, units.size());
        return String.join(JOIN, units);
    }
}
