package com.shopmate.dialogue.turn;

import com.shopmate.dialogue.context.ConversationContext;
import com.shopmate.events.IntentClassified;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the shopper asks again what they already asked: the same intent with much the same words (character
 * bigrams, so it works for Chinese without a segmenter). Asking twice means the first answer did not help.
 */
final class RepeatedQuestion {

    private static final Set<String> SMALL_TALK = Set.of("greet", "thanks", "goodbye", "affirm", "deny", "chitchat");
    private static final double SAME_WORDS = 0.6;

    private RepeatedQuestion() {
    }

    static boolean asked(IntentClassified understood, List<ConversationContext.Turn> turns) {
        if (SMALL_TALK.contains(understood.intent())) {
            return false;
        }
        Set<String> now = bigrams(understood.text());
        return turns.stream()
                .filter(t -> ConversationContext.SHOPPER.equals(t.speaker()))
                .filter(t -> understood.intent().equals(t.intent()))
                .anyMatch(t -> jaccard(now, bigrams(t.text())) >= SAME_WORDS);
    }

    private static Set<String> bigrams(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\s]+", "");
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= plain.length(); i++) {
            grams.add(plain.substring(i, i + 2));
        }
        return grams;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }
}
