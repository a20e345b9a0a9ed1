package com.shopmate.nlu.entity.number;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads numbers as shoppers write them: Arabic (1,299.50), Chinese (两百, 一千零五, 二〇二六, 廿三, 叁佰), mixed
 * (3千, 1万2, 1.5万), shorthand (1.5k, 2w) and the colloquial dropped unit (一千五 is 1500, 两万三 is 23000, 1万2 is
 * 12000).
 */
public final class Numerals {

    /** The characters of a Chinese numeral. */
    public static final String CHINESE_CHARS = "零〇一二两三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟";
    /** An Arabic number, with optional thousands separators and decimals, not inside a word or another number. */
    public static final String ARABIC = "(?<![A-Za-z0-9.,])\\d+(?:,\\d{3})*(?:\\.\\d+)?";
    /** An Arabic, Chinese or mixed numeral, optionally with a k (thousand) or w (ten thousand) suffix. */
    public static final String NUMERAL = "(?:" + ARABIC + "|[" + CHINESE_CHARS + "])"
            + "(?:\\d+(?:\\.\\d+)?|[" + CHINESE_CHARS + "])*(?:(?<=\\d)[kKwW](?![A-Za-z]))?";

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            Map.entry('零', 0), Map.entry('〇', 0), Map.entry('一', 1), Map.entry('壹', 1), Map.entry('二', 2),
            Map.entry('两', 2), Map.entry('贰', 2), Map.entry('三', 3), Map.entry('叁', 3), Map.entry('四', 4),
            Map.entry('肆', 4), Map.entry('五', 5), Map.entry('伍', 5), Map.entry('六', 6), Map.entry('陆', 6),
            Map.entry('七', 7), Map.entry('柒', 7), Map.entry('八', 8), Map.entry('捌', 8), Map.entry('九', 9),
            Map.entry('玖', 9));
    private static final Map<Character, Integer> SMALL_UNITS = Map.of('十', 10, '拾', 10, '百', 100, '佰', 100,
            '千', 1000, '仟', 1000, 'k', 1000, 'K', 1000);
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private Numerals() {
    }

    /** The value of a numeral, or null when {@code s} is not one ("万一", "千万" and "百" alone are words). */
    public static BigDecimal parse(CharSequence s) {
        String text = s.toString().replace(",", "").replace("廿", "二十").replace("卅", "三十");
        if (text.isEmpty()) {
            return null;
        }
        return new Reader(text).read();
    }

    /** Whether a numeral has a unit of a hundred or more (百, 千, 万, 亿, k, w): "一千五" may be money, "十五" may not. */
    public static boolean hasLargeUnit(CharSequence numeral) {
        for (int i = 0; i < numeral.length(); i++) {
            if ("百佰千仟万亿kKwW".indexOf(numeral.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A number as a value writes it: no exponent, no trailing zeros (15000, 20.5). */
    public static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Whether a number is whole (3, 3.0), as counts are. */
    public static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /** A digit of 0–9 in either script, or -1. */
    public static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        Integer d = DIGITS.get(c);
        return d == null ? -1 : d;
    }

    /** One numeral, left to right; the state is the sections of 亿 and 万 read so far and the number pending. */
    private static final class Reader {
        private final String text;
        private int at;
        private BigDecimal yiPart = BigDecimal.ZERO;
        private BigDecimal wanPart = BigDecimal.ZERO;
        private BigDecimal small = BigDecimal.ZERO;
        private BigDecimal pending;
        private int lastSmallUnit = Integer.MAX_VALUE;
        private BigDecimal lastUnit = BigDecimal.ONE;
        private boolean justAfterUnit;
        private boolean digitRun;
        private int runLength;
        private boolean seenUnit;

        Reader(String text) {
            this.text = text;
        }

        BigDecimal read() {
            while (at < text.length()) {
                char c = text.charAt(at);
                boolean ok;
                if (c >= '0' && c <= '9') {
                    ok = arabic();
                } else if (DIGITS.containsKey(c)) {
                    ok = chineseDigit(DIGITS.get(c));
                } else if (SMALL_UNITS.containsKey(c)) {
                    ok = smallUnit(SMALL_UNITS.get(c));
                } else if (c == '万' || c == 'w' || c == 'W') {
                    ok = bigUnit(WAN);
                } else if (c == '亿') {
                    ok = bigUnit(YI);
                } else {
                    ok = false;
                }
                if (!ok) {
                    return null;
                }
            }
            if (runLength == 2) {
                return null; // 三四, 七八: three or four, seven or eight
            }
            if (pending != null) {
                // 一千五: a digit right after a unit of 百 or more counts in the next unit down.
                boolean droppedUnit = justAfterUnit && lastUnit.compareTo(BigDecimal.valueOf(100)) >= 0
                        && pending.scale() <= 0 && pending.compareTo(TEN) < 0;
                small = small.add(droppedUnit ? pending.multiply(lastUnit).divide(TEN) : pending);
            }
            return yiPart.add(wanPart).add(small);
        }

        private boolean arabic() {
            if (pending != null) {
                return false;
            }
            int start = at;
            while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                at++;
            }
            try {
                pending = new BigDecimal(text.substring(start, at));
            } catch (NumberFormatException e) {
                return false;
            }
            digitRun = false;
            return true;
        }

        private boolean chineseDigit(int d) {
            char c = text.charAt(at);
            at++;
            if ((c == '零' || c == '〇') && justAfterUnit) {
                justAfterUnit = false; // 一千零五: a place holder, the next digit is ones
                lastUnit = BigDecimal.ONE;
                return true;
            }
            if (pending != null) {
                // 二〇二六: digits read one by one, only where no unit came before.
                if (seenUnit || !digitRun) {
                    return false;
                }
                pending = pending.multiply(TEN).add(BigDecimal.valueOf(d));
                runLength++;
                return true;
            }
            pending = BigDecimal.valueOf(d);
            digitRun = true;
            runLength = 1;
            return true;
        }

        private boolean smallUnit(int unit) {
            at++;
            if (isDigitRun()) {
                return false; // 两三百 is two or three hundred, not 2300
            }
            if (unit >= lastSmallUnit) {
                return false; // 五百三千
            }
            if (pending == null) {
                if (unit != 10 || small.signum() != 0) {
                    return false; // 百 alone, 千万
                }
                pending = BigDecimal.ONE; // 十五
            }
            small = small.add(pending.multiply(BigDecimal.valueOf(unit)));
            afterUnit(BigDecimal.valueOf(unit));
            lastSmallUnit = unit;
            return true;
        }

        private boolean bigUnit(BigDecimal unit) {
            at++;
            if (isDigitRun()) {
                return false;
            }
            BigDecimal section = small.add(pending == null ? BigDecimal.ZERO : pending);
            if (section.signum() == 0) {
                return false; // 万一, 亿 alone
            }
            if (unit == WAN) {
                if (wanPart.signum() != 0) {
                    return false;
                }
                wanPart = section.multiply(WAN);
            } else {
                yiPart = yiPart.add(wanPart).add(section).multiply(YI);
                wanPart = BigDecimal.ZERO;
            }
            small = BigDecimal.ZERO;
            lastSmallUnit = Integer.MAX_VALUE;
            afterUnit(unit);
            return true;
        }

        private boolean isDigitRun() {
            return digitRun && runLength > 1;
        }

        private void afterUnit(BigDecimal unit) {
            pending = null;
            lastUnit = unit;
            justAfterUnit = true;
            seenUnit = true;
            digitRun = false;
        }
    }
}
