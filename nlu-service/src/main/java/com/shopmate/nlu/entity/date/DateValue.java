package com.shopmate.nlu.entity.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A day or a run of days, as a {@code date} entity's value: an ISO date ({@code 2026-12-02}) or an ISO interval of
 * two dates, both included ({@code 2026-12-05/2026-12-06} for a weekend, {@code 2026-11-01/2026-11-30} for a
 * month).
 */
public record DateValue(LocalDate first, LocalDate last) {

    public DateValue {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(first + " is after " + last);
        }
    }

    public static DateValue day(LocalDate day) {
        return new DateValue(day, day);
    }

    public static DateValue weekOf(LocalDate day) {
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        return new DateValue(monday, monday.plusDays(6));
    }

    public static DateValue weekendOf(LocalDate day) {
        LocalDate saturday = day.with(DayOfWeek.SATURDAY);
        return new DateValue(saturday, saturday.plusDays(1));
    }

    public static DateValue month(YearMonth month) {
        return new DateValue(month.atDay(1), month.atEndOfMonth());
    }

    public static DateValue year(int year) {
        return new DateValue(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public String value() {
        return first.equals(last) ? first.toString() : first + "/" + last;
    }
}
