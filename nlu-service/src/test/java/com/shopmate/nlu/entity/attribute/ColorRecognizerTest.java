package com.shopmate.nlu.entity.attribute;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.shopmate.nlu.entity.Recognized.by;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ColorRecognizerTest {

    private static final ColorLexicon LEXICON = ColorLexicon.fromClasspath();
    private final ColorRecognizer colors = new ColorRecognizer(LEXICON);

    @Test
    void synonymsInBothLanguagesShareAValue() {
        assertEquals(List.of("black=黑色", "black=黑", "black=Black", "navy=藏青", "navy=navy"),
                by(colors, "黑色，黑的，Black，藏青，navy"));
    }

    @Test
    void theLongestNameWins() {
        assertEquals(List.of("obsidian black=曜石黑", "navy blue=Navy Blue", "space grey=space gray"),
                by(colors, "曜石黑 Navy Blue space gray"));
    }

    @Test
    void aOneCharacterColourCountsOnlyBeforeDeOrKuan() {
        assertEquals(List.of("white=白", "red=红"), by(colors, "白的 红款 白天 蓝牙 红茶"));
    }

    @Test
    void aColourInsideAnotherWordIsNone() {
        assertEquals(List.of(), by(colors, "我明白的，奶粉的，black friday，gold member，bored"));
    }

    @Test
    void aCatalogColourBelongsToItsFamily() {
        assertEquals(Set.of("black", "white"), LEXICON.familiesOf(List.of("曜石黑", "Mist White", "unheard-of")));
    }
}
