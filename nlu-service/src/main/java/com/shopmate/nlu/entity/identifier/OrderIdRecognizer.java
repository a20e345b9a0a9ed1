package com.shopmate.nlu.entity.identifier;

import com.shopmate.nlu.entity.EntityKind;
import com.shopmate.nlu.entity.EntityRecognizer;
import com.shopmate.nlu.entity.EntitySpan;
import com.shopmate.nlu.entity.EntityText;
import com.shopmate.nlu.entity.WordBoundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Order ids by the shop's own pattern; the value is upper-cased ("so2026…" is order SO2026…). */
public final class OrderIdRecognizer implements EntityRecognizer {

    private final Pattern pattern;

    /** @param orderIdPattern one order id, matched case-insensitively as a whole word */
    public OrderIdRecognizer(String orderIdPattern) {
        this.pattern = Pattern.compile(WordBoundary.BEFORE + "(?:" + orderIdPattern + ")" + WordBoundary.AFTER,
                Pattern.CASE_INSENSITIVE);
    }

    @Override
    public List<EntitySpan> recognize(EntityText text) {
        List<EntitySpan> found = new ArrayList<>();
        Matcher m = pattern.matcher(text.text());
        while (m.find()) {
            found.add(new EntitySpan(EntityKind.ORDER_ID, m.group().toUpperCase(Locale.ROOT), m.start(), m.end()));
        }
        return found;
    }
}
