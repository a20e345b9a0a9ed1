package com.shopmate.nlu.entity.number;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static com.shopmate.nlu.entity.Recognized.by;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MoneyRecognizerTest {

    private final MoneyRecognizer money = new MoneyRecognizer("CNY");

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(value = {"¥199的那个;CNY 199=¥199", "￥１９９;CNY 199=￥１９９", "199元;CNY 199=199元",
            "7999 yuan;CNY 7999=7999 yuan", "RMB 300;CNY 300=RMB 300", "300rmb;CNY 300=300rmb",
            "两百块;CNY 200=两百块", "两块钱;CNY 2=两块钱", "二十块五;CNY 20.5=二十块五", "3元5角;CNY 3.5=3元5角",
            "五毛钱;CNY 0.5=五毛钱", "¥1,299.00;CNY 1299=¥1,299.00"}, delimiter = ';')
    void readsYuanInChineseAndEnglish(String text, String found) {
        assertEquals(List.of(found), by(money, text));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(value = {"$20;USD 20=$20", "20 dollars;USD 20=20 dollars", "twenty bucks;USD 20=twenty bucks",
            "US$ 19.99;USD 19.99=US$ 19.99", "50欧元;EUR 50=50欧元", "£5;GBP 5=£5", "100港币;HKD 100=100港币"},
            delimiter = ';')
    void readsOtherCurrencies(String text, String found) {
        assertEquals(List.of(found), by(money, text));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(value = {"一千五以内的手机;CNY 1500=一千五", "预算3万;CNY 30000=3万", "1万2;CNY 12000=1万2",
            "3千左右;CNY 3000=3千", "1.5k budget;CNY 1500=1.5k"}, delimiter = ';')
    void aBareAmountWithAUnitOfAHundredOrMoreIsMoneyInTheDefaultCurrency(String text, String found) {
        assertEquals(List.of(found), by(money, text));
    }

    @Test
    void theDefaultCurrencyIsConfigurable() {
        assertEquals(List.of("USD 1500=1.5k"), by(new MoneyRecognizer("USD"), "1.5k"));
    }

    @Test
    void kuaiCountingThingsIsNoMoney() {
        assertEquals(List.of(), by(money, "买两块香皂"));
        assertEquals(List.of("CNY 10=十块"), by(money, "十块一个"));
    }

    @Test
    void countsStepsAndPlainNumbersAreNoMoney() {
        assertEquals(List.of(), by(money, "一千五百个 3万步 十五 第一百 iPhone15 5000mAh 两三百 11毛"));
    }

    @Test
    void aValueReadsBack() {
        assertEquals(new Money("CNY", new BigDecimal("20.5")), Money.parse("CNY 20.5"));
    }
}
