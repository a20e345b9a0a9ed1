package com.shopmate.nlu.entity.number;

import com.shopmate.nlu.entity.EntityKind;
import com.shopmate.nlu.entity.EntityRecognizer;
import com.shopmate.nlu.entity.EntitySpan;
import com.shopmate.nlu.entity.EntityText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many: a numeral with a classifier (两件, 3个, 一双), with an English unit (5 pcs, two pairs, a box), x2 / ×2,
 * and "qty 3" / "数量：3". The value is the count as a whole number ("2"); the unit stays in the text.
 */
public final class QuantityRecognizer implements EntityRecognizer {

    /** 个 counts things, but 3个月 is a time and 3个小时 a duration. */
    private static final String CLASSIFIERS =
            "件|个(?!月|星期|礼拜|小时|钟头|工作日|多月)|双|台|部|只|条|盒|瓶|包|袋|套|支|箱|份|本|张|副|对|顶|把|罐|片|桶|组|块|听|枚|颗|卷|提";
    private static final Pattern CHINESE = Pattern.compile("(?<num>" + Numerals.NUMERAL + ")\\s?(?:" + CLASSIFIERS
            + ")");
    private static final Pattern ENGLISH = Pattern.compile("(?<num>(?<![A-Za-z0-9.])\\d+|"
            + EnglishNumbers.NUMBER_WORDS + ")\\s*(?:pcs|pc|pieces?|pairs?|units?|items?|boxes|box|packs?|packets?"
            + "|bottles?|sets?|bags?|cans?|cartons?)\\b"
            // "a set of instructions", "an item that broke": with an article only the units that count goods.
            + "|\\b(?<one>an?)\\s+(?:pair|box|pack|packet|bottle|bag|carton)\\b", Pattern.CASE_INSENSITIVE);
    /** Lower-case x only: an upper-case X before a digit is more often a model (Zephyr X4). */
    private static final Pattern TIMES = Pattern.compile("(?<![A-Za-z0-9])(?:x|×\\s?)(?<num>\\d{1,4})(?![\\d.A-Za-z])");
    private static final Pattern LABELLED = Pattern.compile("(?:\\bqty|\\bquantity|数量)\\s*[:=]?\\s*(?<num>"
            + Numerals.NUMERAL + ")", Pattern.CASE_INSENSITIVE);

    @Override
    public List<EntitySpan> recognize(EntityText text) {
        List<EntitySpan> found = new ArrayList<>();
        String s = text.text();
        if (text.digits() == 0 && !text.hasHan() && !text.hasLatin()) {
            return found;
        }
        for (Pattern pattern : List.of(CHINESE, TIMES, LABELLED)) {
            Matcher m = pattern.matcher(s);
            while (m.find()) {
                add(found, Numerals.parse(m.group("num")), m.start(), m.end());
            }
        }
        Matcher m = ENGLISH.matcher(s);
        while (text.hasLatin() && m.find()) {
            String num = m.group("num");
            BigDecimal count = num == null ? BigDecimal.ONE : Character.isDigit(num.charAt(0)) ? Numerals.parse(num)
                    : BigDecimal.valueOf(EnglishNumbers.parse(num));
            add(found, count, m.start(), m.end());
        }
        return found;
    }

    private static void add(List<EntitySpan> found, BigDecimal count, int start, int end) {
        if (count != null && count.signum() > 0 && Numerals.isWhole(count)) {
            found.add(new EntitySpan(EntityKind.QUANTITY, Numerals.plain(count), start, end));
        }
    }
}
