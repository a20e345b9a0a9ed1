package com.shopmate.nlu.entity.number;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NumeralsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"零,0", "〇,0", "五,5", "两,2", "十,10", "十五,15", "二十,20", "廿三,23", "卅,30", "一百零八,108",
            "两百,200", "两百五,250", "一千五,1500", "一千零五,1005", "两千五百,2500", "三万,30000", "两万三,23000",
            "十万,100000", "三十五万,350000", "一亿五千万,150000000", "二〇二六,2026", "叁佰,300"})
    void readsChineseNumerals(String numeral, String value) {
        assertEquals(value, Numerals.plain(Numerals.parse(numeral)));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(value = {"199;199", "1,299.50;1299.5", "3千;3000", "3万;30000", "1万2;12000", "1.5万;15000",
            "1.5k;1500", "2w;20000", "5K;5000"}, delimiter = ';')
    void readsArabicAndMixedNumerals(String numeral, String value) {
        assertEquals(value, Numerals.plain(Numerals.parse(numeral)));
    }

    @ParameterizedTest(name = "{0} is no one number")
    @ValueSource(strings = {"万一", "千万", "百", "五百三千", "一千五六", "3五", "两三百", "三四", ""})
    void wordsMadeOfNumeralCharactersAreNoNumbers(String word) {
        assertNull(Numerals.parse(word));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"one,1", "a,1", "twelve,12", "twenty,20", "twenty-five,25", "ninety nine,99", "a dozen,12",
            "a couple of,2"})
    void readsSpelledOutEnglishNumbers(String words, int value) {
        assertEquals(value, EnglishNumbers.parse(words));
    }
}
