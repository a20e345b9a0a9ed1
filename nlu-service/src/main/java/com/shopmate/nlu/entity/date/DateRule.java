package com.shopmate.nlu.entity.date;

import com.shopmate.nlu.entity.EntityText;

import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of writing a date: a pattern, and how a match resolves against today (null: not a real date). A rule only
 * runs on a text that has what it needs (digits, Chinese, Latin letters): most texts skip most rules.
 */
record DateRule(Pattern pattern, Predicate<EntityText> needs, Resolver resolver) {

    @FunctionalInterface
    interface Resolver {
        DateValue resolve(Matcher match, LocalDate today);
    }

    static DateRule inDigits(String regex, Resolver resolver) {
        return of(text -> text.digits() > 0, regex, resolver);
    }

    static DateRule chinese(String regex, Resolver resolver) {
        return of(EntityText::hasHan, regex, resolver);
    }

    static DateRule english(String regex, Resolver resolver) {
        return of(EntityText::hasLatin, regex, resolver);
    }

    private static DateRule of(Predicate<EntityText> needs, String regex, Resolver resolver) {
        return new DateRule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), needs, resolver);
    }
}
