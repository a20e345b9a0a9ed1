package com.shopmate.nlu.entity.trained;

import com.shopmate.nlu.entity.EntityRecognizer;
import com.shopmate.nlu.entity.EntitySource;
import com.shopmate.nlu.entity.EntitySpan;
import com.shopmate.nlu.entity.EntityText;
import com.shopmate.nlu.entity.WordBoundary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex the training data declares for an entity type ({@code regexes: coupon_code: ['[A-Z]{4}\d{2}']}), matched
 * case-insensitively, never inside an English word or number (a Chinese character may touch it); the value is the
 * match as written.
 */
final class RegexRecognizer implements EntityRecognizer {

    private final String type;
    private final Pattern pattern;

    RegexRecognizer(String type, String regex) {
        this.type = type;
        this.pattern = Pattern.compile(WordBoundary.BEFORE + "(?:" + regex + ")" + WordBoundary.AFTER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public List<EntitySpan> recognize(EntityText text) {
        List<EntitySpan> found = new ArrayList<>();
        Matcher m = pattern.matcher(text.text());
        while (m.find()) {
            if (m.end() > m.start()) {
                found.add(EntitySpan.trained(type, m.group(), m.start(), m.end(), EntitySource.REGEX, null));
            }
        }
        return found;
    }
}
