package com.shopmate.nlu.entity.attribute;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.shopmate.nlu.entity.Recognized.by;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SizeRecognizerTest {

    private final SizeRecognizer sizes = new SizeRecognizer();

    @Test
    void longLetterSizesCountAnywhere() {
        assertEquals(List.of("XL=XL", "XXL=2xl", "XS=xs"), by(sizes, "有XL吗，2xl呢，xs也行"));
    }

    @Test
    void smallMediumAndLargeNeedASizeWordNearby() {
        assertEquals(List.of("M=尺码 M", "L=L码", "S=size s", "M=M"), by(sizes, "尺码 M 还是L码，size s，要M的"));
        assertEquals(List.of("M=M"), by(sizes, "a white one in M"));
        assertEquals(List.of(), by(sizes, "I'm OK, 5 m long, Plan S"));
    }

    @Test
    void aLoneLetterSizeIsAnAnswer() {
        assertEquals(List.of("L=L"), by(sizes, " L "));
    }

    @Test
    void shoeSizesByNumber() {
        assertEquals(List.of("42=42码", "39=39号鞋", "10=size 10", "41.5=尺码41.5"),
                by(sizes, "42码，39号鞋，size 10，尺码41.5"));
    }

    @Test
    void aNamedSizeSystemIsKept() {
        assertEquals(List.of("EU 42=EU 42", "US 10=us10"), by(sizes, "EU 42 or us10"));
    }

    @Test
    void sizeWordsInEnglish() {
        assertEquals(List.of("M=size medium", "XL=extra large", "ONE SIZE=均码"),
                by(sizes, "size medium, extra large, 均码"));
    }
}
