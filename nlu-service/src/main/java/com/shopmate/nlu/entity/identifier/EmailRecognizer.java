package com.shopmate.nlu.entity.identifier;

import com.shopmate.nlu.entity.EntityKind;
import com.shopmate.nlu.entity.EntityRecognizer;
import com.shopmate.nlu.entity.EntitySpan;
import com.shopmate.nlu.entity.EntityText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses; the value has its domain lower-cased (the part before @ is the mail server's business). */
public final class EmailRecognizer implements EntityRecognizer {

    private static final Pattern EMAIL = Pattern.compile("(?<![A-Za-z0-9._%+-])(?<local>[A-Za-z0-9._%+-]+)"
            + "@(?<domain>[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");

    @Override
    public List<EntitySpan> recognize(EntityText text) {
        List<EntitySpan> found = new ArrayList<>();
        if (text.text().indexOf('@') < 0) {
            return found;
        }
        Matcher m = EMAIL.matcher(text.text());
        while (m.find()) {
            String value = m.group("local") + "@" + m.group("domain").toLowerCase(Locale.ROOT);
            found.add(new EntitySpan(EntityKind.EMAIL, value, m.start(), m.end()));
        }
        return found;
    }
}
