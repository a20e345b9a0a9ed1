package com.shopmate.nlu.entity.date;

import com.shopmate.nlu.entity.number.Numerals;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** 今天, 明天, 前天; 上周三, 下周一, 这周五, 周末, 上个月; 三天前, 两天后; 3月5号, 二〇二六年十二月一日; 双十一. */
final class ChineseDates {

    private static final Map<String, Integer> DAYS = Map.ofEntries(
            Map.entry("大前天", -3), Map.entry("前天", -2), Map.entry("昨天", -1), Map.entry("昨日", -1),
            Map.entry("昨儿", -1), Map.entry("昨晚", -1), Map.entry("今天", 0), Map.entry("今日", 0),
            Map.entry("今儿", 0), Map.entry("今晚", 0), Map.entry("今早", 0), Map.entry("明天", 1),
            Map.entry("明日", 1), Map.entry("明儿", 1), Map.entry("明早", 1), Map.entry("明晚", 1),
            Map.entry("后天", 2), Map.entry("大后天", 3));
    private static final Map<String, Integer> YEARS = Map.of("前年", -2, "去年", -1, "今年", 0, "明年", 1, "后年", 2);
    private static final Map<String, MonthDay> HOLIDAYS = Map.of(
            "双十一", MonthDay.of(11, 11), "双11", MonthDay.of(11, 11), "双十二", MonthDay.of(12, 12),
            "双12", MonthDay.of(12, 12), "元旦", MonthDay.of(1, 1), "情人节", MonthDay.of(2, 14),
            "平安夜", MonthDay.of(12, 24), "圣诞节", MonthDay.of(12, 25), "圣诞", MonthDay.of(12, 25));

    /** 上上 (the one before last) … 下下; none, 这 and 本 are this one. */
    private static final String WHICH = "(?<which>上上个?|下下个?|上个?|下个?|这个?|本)";
    private static final String WEEK = "(?:周|星期|礼拜)";
    private static final String WEEKDAY = "(?<dow>[一二三四五六日天七1-7])";
    private static final String MONTH = "(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])";
    private static final String DAY = "(?<d>3[01]|[12]\\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?"
            + "|十[一二三四五六七八九]?|[一二三四五六七八九])";
    /** What 号 does not mean a day before: 39号鞋, 3号线, 5号楼. */
    private static final String NOT_A_DAY_AFTER = "(?![鞋码楼线门床房室店])";

    static final List<DateRule> RULES = List.of(
            DateRule.chinese(alternation(DAYS), (m, today) -> DateValue.day(today.plusDays(DAYS.get(m.group())))),
            DateRule.chinese(alternation(YEARS), (m, today) -> DateValue.year(today.getYear() + YEARS.get(m.group()))),
            DateRule.chinese(alternation(HOLIDAYS), (m, today) -> DateValue.day(HOLIDAYS.get(m.group())
                    .atYear(today.getYear()))),
            DateRule.chinese(WHICH + "?" + WEEK + WEEKDAY, (m, today) -> DateValue.day(
                    monday(m, today).plusDays(weekday(m.group("dow")) - 1))),
            DateRule.chinese(WHICH + "?" + "周末", (m, today) -> DateValue.weekendOf(monday(m, today))),
            DateRule.chinese(WHICH + WEEK + "(?![一二三四五六日天七1-7末])", (m, today) -> DateValue.weekOf(monday(m, today))),
            DateRule.chinese(WHICH + "月(?!份?\\d)", (m, today) -> DateValue.month(YearMonth.from(today)
                    .plusMonths(offset(m.group("which"))))),
            DateRule.chinese("(?<n>" + Numerals.NUMERAL + ")\\s?(?<unit>天|日|周|个星期|星期|个礼拜|礼拜|个月|月|年)(?:之|以)?"
                    + "(?<dir>前|后)", ChineseDates::shifted),
            DateRule.chinese("(?<y>\\d{4}|[〇零一二三四五六七八九]{4})年" + MONTH + "月(?:" + DAY + "[日号])?",
                    (m, today) -> dayOrMonth(m, number(m.group("y")))),
            DateRule.chinese("(?<![\\d年])" + MONTH + "月" + DAY + "[日号]" + NOT_A_DAY_AFTER,
                    (m, today) -> dayOrMonth(m, today.getYear())),
            DateRule.chinese("(?<![\\d年])" + MONTH + "月份?(?![\\d一二三四五六七八九十廿卅]|底|初)",
                    (m, today) -> DateValue.month(YearMonth.of(today.getYear(), number(m.group("m"))))),
            DateRule.chinese("(?<![\\d月年第.])(?:(?<d>[12]\\d|3[01]|0?[1-9])[号日]|(?<dz>三十一?|二十[一二三四五六七八九]?"
                    + "|廿[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])号)" + NOT_A_DAY_AFTER,
                    (m, today) -> DateValue.day(today.withDayOfMonth(number(m.group("d") != null ? m.group("d")
                            : m.group("dz"))))));

    private ChineseDates() {
    }

    private static DateValue shifted(Matcher m, LocalDate today) {
        int n = number(m.group("n"));
        int sign = m.group("dir").equals("前") ? -1 : 1;
        String unit = m.group("unit");
        LocalDate day = switch (unit) {
            case "天", "日" -> today.plusDays((long) sign * n);
            case "年" -> today.plusYears((long) sign * n);
            case "个月", "月" -> today.plusMonths((long) sign * n);
            default -> today.plusWeeks((long) sign * n);
        };
        return DateValue.day(day);
    }

    private static DateValue dayOrMonth(Matcher m, int year) {
        YearMonth month = YearMonth.of(year, number(m.group("m")));
        String day = m.group("d");
        return day == null ? DateValue.month(month) : DateValue.day(month.atDay(number(day)));
    }

    private static LocalDate monday(Matcher m, LocalDate today) {
        return today.with(DayOfWeek.MONDAY).plusWeeks(offset(m.group("which")));
    }

    private static int offset(String which) {
        if (which == null || which.startsWith("这") || which.equals("本")) {
            return 0;
        }
        int steps = which.startsWith("上上") || which.startsWith("下下") ? 2 : 1;
        return which.startsWith("上") ? -steps : steps;
    }

    /** 一 … 六 and 1 … 6 are Monday to Saturday; 日, 天 and 七 (and 7) are Sunday. */
    private static int weekday(String dow) {
        return "日天七".contains(dow) ? 7 : number(dow);
    }

    private static int number(String numeral) {
        var value = Numerals.parse(numeral);
        if (value == null || !Numerals.isWhole(value)) {
            throw new DateTimeException("not a whole number: " + numeral);
        }
        return value.intValueExact();
    }

    private static String alternation(Map<String, ?> words) {
        return String.join("|", words.keySet().stream()
                .sorted((a, b) -> b.length() - a.length()).toList());
    }
}
