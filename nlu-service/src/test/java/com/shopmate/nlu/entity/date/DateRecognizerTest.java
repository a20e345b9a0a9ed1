package com.shopmate.nlu.entity.date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static com.shopmate.nlu.entity.Recognized.by;
import static com.shopmate.nlu.entity.Recognized.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every date here is resolved against Tuesday 2026-12-01. */
class DateRecognizerTest {

    private final DateRecognizer dates = new DateRecognizer();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"今天,2026-12-01", "明天,2026-12-02", "昨天,2026-11-30", "前天,2026-11-29", "后天,2026-12-03",
            "大前天,2026-11-28", "上周三,2026-11-25", "上个星期三,2026-11-25", "下周一,2026-12-07", "这周五,2026-12-04",
            "周日,2026-12-06", "礼拜天,2026-12-06", "周末,2026-12-05/2026-12-06", "上周末,2026-11-28/2026-11-29",
            "上周,2026-11-23/2026-11-29", "上个月,2026-11-01/2026-11-30", "下个月,2027-01-01/2027-01-31",
            "今年,2026-01-01/2026-12-31", "三天前,2026-11-28", "两天后,2026-12-03", "一周前,2026-11-24",
            "3个月前,2026-09-01", "3月5号,2026-03-05", "3月5日,2026-03-05", "十二月一日,2026-12-01",
            "二〇二六年十二月一日,2026-12-01", "2025年3月,2025-03-01/2025-03-31", "5号,2026-12-05", "双十一,2026-11-11"})
    void resolvesChineseDates(String text, String value) {
        assertEquals(List.of(value + "=" + text), by(dates, text));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"today,2026-12-01", "Yesterday,2026-11-30", "tomorrow,2026-12-02",
            "the day before yesterday,2026-11-29", "last Monday,2026-11-30", "last Tuesday,2026-11-24",
            "next Friday,2026-12-04", "this Friday,2026-12-04", "on Sunday,2026-12-06", "next wed,2026-12-02",
            "this weekend,2026-12-05/2026-12-06", "next weekend,2026-12-12/2026-12-13",
            "last month,2026-11-01/2026-11-30", "next week,2026-12-07/2026-12-13", "Dec 3,2026-12-03",
            "3 December,2026-12-03", "December 3rd,2026-12-03", "the 3rd of Dec,2026-12-03",
            "3 days ago,2026-11-28", "two weeks ago,2026-11-17", "in 2 days,2026-12-03", "in a week,2026-12-08",
            "christmas,2026-12-25", "black friday,2026-11-27"})
    void resolvesEnglishDates(String text, String value) {
        assertEquals(List.of(value), values(dates, text));
    }

    @Test
    void readsNumericDatesMonthFirst() {
        assertEquals(List.of("2026-12-01=2026-12-01", "2026-12-01=2026/12/01", "2026-12-01=12/01",
                "2027-01-05=1/5/2027"), by(dates, "2026-12-01, 2026/12/01, 12/01 and 1/5/2027"));
    }

    @Test
    void aDateWrittenWithoutAYearIsInTheReferenceYear() {
        assertEquals(List.of("2026-01-05"), values(dates, "1月5号"));
    }

    @Test
    void thingsShapedLikeDatesButNoDayAreNoDates() {
        assertEquals(List.of(), by(dates, "2月30号 13/45 39号鞋 3号线 第5号 几天前"));
    }
}
