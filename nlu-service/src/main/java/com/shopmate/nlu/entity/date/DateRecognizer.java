package com.shopmate.nlu.entity.date;

import com.shopmate.nlu.entity.EntityKind;
import com.shopmate.nlu.entity.EntityRecognizer;
import com.shopmate.nlu.entity.EntitySpan;
import com.shopmate.nlu.entity.EntityText;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Dates in Chinese and English, absolute (2026-12-01, 12/01, 3月5号, Dec 3) and relative to the reference day of the
 * text (明天, 上周三, 三天前, last Monday, in 2 days, this weekend). Value: see {@link DateValue}. A date written
 * without a year is in the reference day's year.
 */
public final class DateRecognizer implements EntityRecognizer {

    private final List<DateRule> rules;

    public DateRecognizer() {
        List<DateRule> all = new ArrayList<>(NumericDates.RULES);
        all.addAll(ChineseDates.RULES);
        all.addAll(EnglishDates.RULES);
        this.rules = List.copyOf(all);
    }

    @Override
    public List<EntitySpan> recognize(EntityText text) {
        List<EntitySpan> found = new ArrayList<>();
        for (DateRule rule : rules) {
            if (!rule.needs().test(text)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text.text());
            while (m.find()) {
                DateValue date = resolve(rule, m, text);
                if (date != null) {
                    found.add(new EntitySpan(EntityKind.DATE, date.value(), m.start(), m.end()));
                }
            }
        }
        return found;
    }

    private static DateValue resolve(DateRule rule, Matcher m, EntityText text) {
        try {
            return rule.resolver().resolve(m, text.today());
        } catch (DateTimeException | ArithmeticException e) {
            return null; // 2月30号, month 13: written like a date, but none
        }
    }
}
