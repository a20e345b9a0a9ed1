package com.shopmate.nlu.entity;

import com.shopmate.nlu.entity.PhraseMatcher.Match;
import com.shopmate.nlu.entity.PhraseMatcher.Phrase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhraseMatcherTest {

    private final PhraseMatcher<String> matcher = new PhraseMatcher<>(List.of(new Phrase<>("Red", "red"),
            new Phrase<>("黑", "black"), new Phrase<>("黑色", "black"), new Phrase<>("navy blue", "navy blue"),
            new Phrase<>("navy", "navy")));

    @Test
    void chinesePhrasesMatchInsideTextAndLatinOnesOnlyAsWholeWords() {
        assertEquals(List.of(new Match<>(1, 3, "black")), matcher.find("要黑色的"));
        assertEquals(List.of(), matcher.find("i was bored"));
        assertEquals(List.of(new Match<>(0, 3, "red")), matcher.find("red的那件"));
    }

    @Test
    void theLongestPhraseAtAPlaceWins() {
        assertEquals(List.of(new Match<>(4, 13, "navy blue")), matcher.find("the navy blue one"));
    }

    @Test
    void aRefusedMatchGivesWayToTheNextShorterPhrase() {
        List<Match<String>> found = matcher.find("黑色", m -> m.end() - m.start() == 1);

        assertEquals(List.of(new Match<>(0, 1, "black")), found);
    }
}
