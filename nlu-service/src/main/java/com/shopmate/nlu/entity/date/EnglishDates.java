package com.shopmate.nlu.entity.date;

import com.shopmate.nlu.entity.number.EnglishNumbers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * today, tomorrow, the day before yesterday; last Monday, next Friday, this weekend, last month; Dec 3, 3 December,
 * December 3rd, 2026; 3 days ago, in 2 days, two weeks later.
 *
 * <p>"last Monday" is the latest Monday before today and "next Friday" the first Friday after today; "this Friday"
 * and a bare "Friday" are the Friday of this week (Monday to Sunday). Chinese 上周一/下周五 instead name the days of
 * the previous and the next week, as Chinese shoppers mean them.
 */
final class EnglishDates {

    private static final Map<String, Integer> DAYS = Map.of("the day before yesterday", -2,
            "day before yesterday", -2, "yesterday", -1, "today", 0, "tonight", 0, "tomorrow", 1, "tmrw", 1,
            "tmr", 1, "the day after tomorrow", 2, "day after tomorrow", 2);
    private static final Map<String, MonthDay> HOLIDAYS = Map.of("christmas eve", MonthDay.of(12, 24),
            "christmas", MonthDay.of(12, 25), "new year's day", MonthDay.of(1, 1), "new year's eve",
            MonthDay.of(12, 31), "valentine's day", MonthDay.of(2, 14), "singles' day", MonthDay.of(11, 11));
    private static final String FULL_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String SHORT_WEEKDAYS = "mon|tues?|wed|thu(?:rs?)?|fri|sat|sun";
    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:,?\\s+(?<y>\\d{4})\\b)?";
    private static final String COUNT = "(?<n>\\d+|" + EnglishNumbers.WORDS + ")";
    private static final String UNIT = "(?<unit>days?|weeks?|months?|years?)";

    static final List<DateRule> RULES = List.of(
            DateRule.english("\\b(?:" + alternation(DAYS) + ")\\b",
                    (m, today) -> DateValue.day(today.plusDays(DAYS.get(lower(m.group()))))),
            DateRule.english("\\b(?:" + alternation(HOLIDAYS) + ")(?![A-Za-z])",
                    (m, today) -> DateValue.day(HOLIDAYS.get(lower(m.group()).replace('’', '\''))
                            .atYear(today.getYear()))),
            DateRule.english("\\bblack friday\\b", (m, today) -> DateValue.day(blackFriday(today.getYear()))),
            DateRule.english("\\b(?:(?<which>last|past|next|coming|this)\\s+(?<dow>" + FULL_WEEKDAYS + "|"
                    + SHORT_WEEKDAYS + ")|(?<bare>" + FULL_WEEKDAYS + "))\\b", EnglishDates::weekday),
            DateRule.english("\\b(?:(?<which>last|next|this|the)\\s+)?weekend\\b", (m, today) ->
                    DateValue.weekendOf(today.plusWeeks(weekOffset(m.group("which"))))),
            DateRule.english("\\b(?<which>last|next|this)\\s+(?<unit>week|month|year)\\b", EnglishDates::period),
            DateRule.english("\\b(?<mon>" + MONTHS + ")\\.?\\s+(?<d>\\d{1,2})" + ORDINAL + "\\b" + YEAR,
                    EnglishDates::monthDay),
            DateRule.english("\\b(?<d>\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?(?<mon>" + MONTHS + ")\\b\\.?" + YEAR,
                    EnglishDates::monthDay),
            DateRule.english("\\b" + COUNT + "\\s+" + UNIT + "\\s+(?<dir>ago|earlier|later|from now)\\b",
                    (m, today) -> shifted(m, today, m.group("dir").equalsIgnoreCase("ago")
                            || m.group("dir").equalsIgnoreCase("earlier") ? -1 : 1)),
            DateRule.english("\\bin\\s+" + COUNT + "\\s+" + UNIT + "\\b", (m, today) -> shifted(m, today, 1)));

    private EnglishDates() {
    }

    private static DateValue weekday(Matcher m, LocalDate today) {
        String which = m.group("which") == null ? "this" : lower(m.group("which"));
        DayOfWeek day = dayOfWeek(lower(m.group("bare") != null ? m.group("bare") : m.group("dow")));
        return DateValue.day(switch (which) {
            case "last", "past" -> today.with(TemporalAdjusters.previous(day));
            case "next", "coming" -> today.with(TemporalAdjusters.next(day));
            default -> today.with(day);
        });
    }

    private static DateValue period(Matcher m, LocalDate today) {
        int offset = weekOffset(m.group("which"));
        return switch (lower(m.group("unit"))) {
            case "week" -> DateValue.weekOf(today.plusWeeks(offset));
            case "month" -> DateValue.month(YearMonth.from(today).plusMonths(offset));
            default -> DateValue.year(today.getYear() + offset);
        };
    }

    private static DateValue monthDay(Matcher m, LocalDate today) {
        int year = m.group("y") == null ? today.getYear() : Integer.parseInt(m.group("y"));
        return DateValue.day(LocalDate.of(year, month(m.group("mon")), Integer.parseInt(m.group("d"))));
    }

    private static DateValue shifted(Matcher m, LocalDate today, int sign) {
        String n = m.group("n");
        long count = Character.isDigit(n.charAt(0)) ? Long.parseLong(n) : EnglishNumbers.parse(n);
        if (count < 0) {
            return null;
        }
        long by = sign * count;
        String unit = lower(m.group("unit"));
        return DateValue.day(unit.startsWith("day") ? today.plusDays(by) : unit.startsWith("week")
                ? today.plusWeeks(by) : unit.startsWith("month") ? today.plusMonths(by) : today.plusYears(by));
    }

    private static int weekOffset(String which) {
        if (which == null) {
            return 0;
        }
        return switch (lower(which)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static DayOfWeek dayOfWeek(String name) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).startsWith(name.substring(0, 3))) {
                return day;
            }
        }
        throw new IllegalArgumentException("not a weekday: " + name);
    }

    private static Month month(String name) {
        String prefix = lower(name).substring(0, 3);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /** The day after the fourth Thursday of November. */
    private static LocalDate blackFriday(int year) {
        return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)).plusDays(1);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String alternation(Map<String, ?> words) {
        return String.join("|", words.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(w -> w.replace(" ", "\\s+").replace("'", "['’]")).toList());
    }
}
