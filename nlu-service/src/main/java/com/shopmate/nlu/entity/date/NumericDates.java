package com.shopmate.nlu.entity.date;

import java.time.LocalDate;
import java.util.List;

/** Dates in digits, the same in both languages: 2026-12-01, 2026/12/01, 2026.12.01, 12/01, 12/01/2026. */
final class NumericDates {

    private static final int CENTURY = 2000;
    private static final int TWO_DIGIT_YEAR = 100;

    static final List<DateRule> RULES = List.of(
            DateRule.inDigits("(?<![\\d.])(?<y>\\d{4})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?![\\d])",
                    (m, today) -> DateValue.day(LocalDate.of(Integer.parseInt(m.group("y")),
                            Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d"))))),
            // Month first, as Chinese and American shoppers write it.
            DateRule.inDigits("(?<![\\d/.])(?<m>\\d{1,2})/(?<d>\\d{1,2})(?:/(?<y>\\d{4}|\\d{2}))?(?![\\d/])",
                    (m, today) -> DateValue.day(LocalDate.of(year(m.group("y"), today),
                            Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d"))))));

    private NumericDates() {
    }

    private static int year(String written, LocalDate today) {
        if (written == null) {
            return today.getYear();
        }
        int year = Integer.parseInt(written);
        return year < TWO_DIGIT_YEAR ? CENTURY + year : year;
    }
}
