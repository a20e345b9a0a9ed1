package com.shopmate.nlu.entity.number;

import com.shopmate.nlu.entity.EntityKind;
import com.shopmate.nlu.entity.EntityRecognizer;
import com.shopmate.nlu.entity.EntitySpan;
import com.shopmate.nlu.entity.EntityText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money: ¥199, $20, RMB 300, 199元, 两块钱, 二十块五 (20.5), 五毛, 20 dollars, twenty bucks, and bare amounts
 * with a unit of a hundred or more (一千五, 3万, 1万2, 1.5k) in the default currency. Value: see {@link Money}.
 */
public final class MoneyRecognizer implements EntityRecognizer {

    private static final Map<String, String> PREFIXES = ordered(Map.ofEntries(
            Map.entry("us$", "USD"), Map.entry("hk$", "HKD"), Map.entry("$", "USD"), Map.entry("¥", "CNY"),
            Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("rmb", "CNY"), Map.entry("cny", "CNY"),
            Map.entry("usd", "USD"), Map.entry("eur", "EUR"), Map.entry("gbp", "GBP"), Map.entry("hkd", "HKD"),
            Map.entry("jpy", "JPY")));
    private static final Map<String, String> SUFFIXES = ordered(Map.ofEntries(
            Map.entry("元", "CNY"), Map.entry("块钱", "CNY"), Map.entry("块", "CNY"), Map.entry("人民币", "CNY"),
            Map.entry("rmb", "CNY"), Map.entry("cny", "CNY"), Map.entry("yuan", "CNY"), Map.entry("¥", "CNY"),
            Map.entry("美元", "USD"), Map.entry("美金", "USD"), Map.entry("usd", "USD"), Map.entry("dollars", "USD"),
            Map.entry("dollar", "USD"), Map.entry("bucks", "USD"), Map.entry("buck", "USD"), Map.entry("$", "USD"),
            Map.entry("欧元", "EUR"), Map.entry("eur", "EUR"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("英镑", "GBP"), Map.entry("gbp", "GBP"), Map.entry("pounds", "GBP"), Map.entry("pound", "GBP"),
            Map.entry("quid", "GBP"), Map.entry("港币", "HKD"), Map.entry("港元", "HKD"), Map.entry("hkd", "HKD"),
            Map.entry("日元", "JPY"), Map.entry("jpy", "JPY"), Map.entry("yen", "JPY")));
    /** Units after which a single digit is jiao, a tenth: 二十块五, 3元5角. */
    private static final String YUAN_UNITS = "元块";
    /** What may follow 块 for it to be money and not a piece ("两块钱", "十块一个" but not "两块香皂"). */
    private static final String KUAI_FOLLOWERS = "钱的了吗呢吧啊呀哦嘛啦左以多买卖就都还也能可够太很不没到给一二两三四五六七八九十";
    /** What may follow a bare amount ("一千五左右", "3万以内的") for it to be money and not a count ("3万步"). */
    private static final String BARE_FOLLOWERS = "左以上多的吗呢了吧啊呀哦嘛啦预";
    /** Classifiers and units: a digit before one of them is a count, not jiao ("十块一个"). */
    private static final String COUNTED = "个件双台部只条盒瓶包袋套支箱份本张副对顶把罐片桶组天号日月年次点斤克米";

    private static final Pattern PREFIXED = Pattern.compile("(?<![A-Za-z])(?<cur>" + alternation(PREFIXES)
            + ")\\s?(?<num>" + Numerals.NUMERAL + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUFFIXED = Pattern.compile("(?<num>" + Numerals.NUMERAL + ")\\s?(?<cur>"
            + alternation(SUFFIXES) + ")(?<jiao>[一二两三四五六七八九1-9](?:[毛角]钱?)?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPELLED = Pattern.compile("(?<num>" + EnglishNumbers.WORDS
            + ")\\s+(?<cur>dollars?|bucks?|yuan|euros?|pounds?|quid|rmb|usd|cny)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern JIAO_ONLY = Pattern.compile("(?<![\\d.零〇一二两三四五六七八九十百千万])"
            + "(?<num>[一二两三四五六七八九1-9])\\s?[毛角]钱?");
    private static final Pattern BARE = Pattern.compile("(?<![第\\d.])(?<num>" + Numerals.NUMERAL + ")");

    private final String defaultCurrency;

    /** @param defaultCurrency ISO 4217 code of amounts that name no currency ("一千五", "3万") */
    public MoneyRecognizer(String defaultCurrency) {
        this.defaultCurrency = defaultCurrency;
    }

    @Override
    public List<EntitySpan> recognize(EntityText text) {
        List<EntitySpan> found = new ArrayList<>();
        String s = text.text();
        spelled(s, found);
        if (hasDigitOrNumeral(s)) {
            prefixed(s, found);
            suffixed(s, found);
            jiaoOnly(s, found);
            bare(s, found);
        }
        return found;
    }

    private void prefixed(String s, List<EntitySpan> found) {
        Matcher m = PREFIXED.matcher(s);
        while (m.find()) {
            add(found, PREFIXES.get(m.group("cur").toLowerCase(Locale.ROOT)), Numerals.parse(m.group("num")),
                    m.start(), m.end());
        }
    }

    private void suffixed(String s, List<EntitySpan> found) {
        Matcher m = SUFFIXED.matcher(s);
        while (m.find()) {
            String unit = m.group("cur");
            if (!endsWord(s, m.end("cur"), unit)) {
                continue;
            }
            BigDecimal amount = Numerals.parse(m.group("num"));
            int end = m.end("cur");
            String jiao = m.group("jiao");
            if (jiao != null && YUAN_UNITS.contains(unit) && isJiao(s, m.end("jiao"), jiao) && amount != null) {
                amount = amount.add(BigDecimal.valueOf(Numerals.digit(jiao.charAt(0))).movePointLeft(1));
                end = m.end("jiao");
            } else if (unit.equals("块") && !isFollowedBy(s, end, KUAI_FOLLOWERS)) {
                continue;
            }
            add(found, SUFFIXES.get(unit.toLowerCase(Locale.ROOT)), amount, m.start(), end);
        }
    }

    private void spelled(String s, List<EntitySpan> found) {
        Matcher m = SPELLED.matcher(s);
        while (m.find()) {
            int n = EnglishNumbers.parse(m.group("num"));
            if (n > 0) {
                add(found, SUFFIXES.get(m.group("cur").toLowerCase(Locale.ROOT)), BigDecimal.valueOf(n), m.start(),
                        m.end());
            }
        }
    }

    private void jiaoOnly(String s, List<EntitySpan> found) {
        Matcher m = JIAO_ONLY.matcher(s);
        while (m.find()) {
            BigDecimal tenths = BigDecimal.valueOf(Numerals.digit(m.group("num").charAt(0))).movePointLeft(1);
            add(found, "CNY", tenths, m.start(), m.end());
        }
    }

    private void bare(String s, List<EntitySpan> found) {
        Matcher m = BARE.matcher(s);
        while (m.find()) {
            String numeral = m.group("num");
            if (Numerals.hasLargeUnit(numeral) && isFollowedBy(s, m.end(), BARE_FOLLOWERS)) {
                add(found, defaultCurrency, Numerals.parse(numeral), m.start(), m.end());
            }
        }
    }

    /** A single digit after 元 or 块 is jiao unless a classifier makes it a count ("十块一个"). */
    private static boolean isJiao(String s, int end, String jiao) {
        return jiao.length() > 1 || end >= s.length() || COUNTED.indexOf(s.charAt(end)) < 0;
    }

    /** True at the end of the text, before a character that is no Chinese character, or before an allowed one. */
    private static boolean isFollowedBy(String s, int end, String allowedHan) {
        if (end >= s.length()) {
            return true;
        }
        char next = s.charAt(end);
        if (Character.UnicodeScript.of(next) != Character.UnicodeScript.HAN) {
            return !Character.isLetterOrDigit(next);
        }
        return allowedHan.indexOf(next) >= 0;
    }

    private static boolean endsWord(String s, int end, String unit) {
        char last = unit.charAt(unit.length() - 1);
        boolean latin = (last | 0x20) >= 'a' && (last | 0x20) <= 'z';
        return !latin || end >= s.length() || !Character.isLetter(s.charAt(end));
    }

    private static void add(List<EntitySpan> found, String currency, BigDecimal amount, int start, int end) {
        if (amount != null && amount.signum() > 0) {
            found.add(new EntitySpan(EntityKind.MONEY, new Money(currency, amount).value(), start, end));
        }
    }

    private static boolean hasDigitOrNumeral(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || Numerals.CHINESE_CHARS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String alternation(Map<String, String> units) {
        return String.join("|", units.keySet().stream().map(Pattern::quote).toList());
    }

    /** Longest first, so that 块钱 is tried before 块 and dollars before dollar. */
    private static Map<String, String> ordered(Map<String, String> units) {
        Map<String, String> out = new LinkedHashMap<>();
        units.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
