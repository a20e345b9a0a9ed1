package com.shopmate.text.entities;

import com.shopmate.text.entities.GazetteerEntry.Origin;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    private final Gazetteer gazetteer = new Gazetteer(List.of(
            new GazetteerEntry("carrier", "顺丰", "SF", Origin.LOOKUP),
            new GazetteerEntry("carrier", "顺丰速运", "SF", Origin.SYNONYM),
            new GazetteerEntry("carrier", "SF Express", "SF", Origin.LOOKUP),
            new GazetteerEntry("color", "pink", "pink", Origin.LOOKUP),
            new GazetteerEntry("size", "M", "M", Origin.LOOKUP)));

    @Test
    void aChinesePhraseIsFoundInsideASentenceWithoutSpacesLongestFirst() {
        assertEquals(List.of("carrier 顺丰速运 SF"), found("我要用顺丰速运寄"));
    }

    @Test
    void anEnglishPhraseMatchesOnlyWholeWordsInAnyCaseAndWidth() {
        assertEquals(List.of(), found("a pinkish scarf"));
        assertEquals(List.of("color PINK pink"), found("the PINK one"));
        assertEquals(List.of("carrier ｓｆ  express SF"), found("sent by ｓｆ  express?"));
    }

    @Test
    void aOneLetterPhraseMatchesOnlyInItsOwnCaseAndNotInAContraction() {
        assertTrue(found("I'm not sure, I'M asking").isEmpty());
        assertEquals(List.of("size M M"), found("do you have it in M"));
    }

    private List<String> found(String s) {
        TokenizedText text = TokenizedText.of(s);
        return gazetteer.find(text).stream()
                .map(m -> m.entry().type() + " " + text.span(m.from(), m.to()) + " " + m.entry().value()).toList();
    }
}
