package com.shopmate.dialogue.flow;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shopper's pointing words: "第二个", "the first one", "另一个", "the other one", "那个订单", "不是这个". Which
 * thing they point at is the caller's: these only say how the shopper pointed.
 */
final class References {

    private static final Pattern ZH_ORDINAL = Pattern.compile("第\\s*([一二三四五六七八九十1-9])\\s*[个件款单项笔]?");
    private static final Pattern EN_ORDINAL = Pattern.compile(
            "\\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last)\\b(?:\\s+(?:one|order|item|product))?");
    private static final List<String> OTHER = List.of("另一个", "另外一个", "另一", "其他那个", "别的那个", "other one",
            "the other", "another one", "my other", "不是这个", "不是这", "not this", "not that one", "wrong one",
            "上一个", "之前那个", "前一个", "previous", "earlier one", "上周那个", "last week");
    private static final List<String> THAT = List.of("那个订单", "这个订单", "那个单", "这个单", "那单", "这单",
            "that order", "this order", "the order", "it", "那个", "这个", "它", "这款", "那款", "this one", "that one");

    private References() {
    }

    /** 0-based position of an ordinal ("第二个" → 1, "last" → -1), if the shopper used one. */
    static OptionalInt ordinal(String text) {
        Matcher zh = ZH_ORDINAL.matcher(text);
        if (zh.find()) {
            String digit = zh.group(1);
            int chinese = "一二三四五六七八九十".indexOf(digit);
            return OptionalInt.of(chinese >= 0 ? chinese : Integer.parseInt(digit) - 1);
        }
        if (text.contains("最后一个") || text.contains("最后那个")) {
            return OptionalInt.of(-1);
        }
        Matcher en = EN_ORDINAL.matcher(text.toLowerCase(Locale.ROOT));
        if (en.find()) {
            return switch (en.group(1)) {
                case "first", "1st" -> OptionalInt.of(0);
                case "second", "2nd" -> OptionalInt.of(1);
                case "third", "3rd" -> OptionalInt.of(2);
                case "fourth", "4th" -> OptionalInt.of(3);
                case "fifth", "5th" -> OptionalInt.of(4);
                default -> OptionalInt.of(-1);
            };
        }
        return OptionalInt.empty();
    }

    private static final Pattern FIRST_TWO = Pattern.compile(
            "前两|头两|这两|(?i:\\b(first|top) two\\b|\\bthese two\\b|\\bboth\\b)");

    /**
     * Every position pointed at, in order: "第一个和第三个" → [0, 2], "前两款" / "compare the first two" → [0, 1];
     * empty when there is no ordinal.
     */
    static List<Integer> positions(String text) {
        if (FIRST_TWO.matcher(text).find()) {
            return List.of(0, 1);
        }
        List<Integer> found = new java.util.ArrayList<>();
        Matcher zh = ZH_ORDINAL.matcher(text);
        while (zh.find()) {
            String digit = zh.group(1);
            int chinese = "一二三四五六七八九十".indexOf(digit);
            found.add(chinese >= 0 ? chinese : Integer.parseInt(digit) - 1);
        }
        if (found.isEmpty()) {
            Matcher en = EN_ORDINAL.matcher(text.toLowerCase(Locale.ROOT));
            while (en.find()) {
                found.add(ordinal(en.group()).orElse(-1));
            }
        }
        return found.stream().distinct().toList();
    }

    /** The item at an ordinal position of a shown list, if the position is in it. */
    static String pick(List<String> shown, int position) {
        int index = position < 0 ? shown.size() + position : position;
        return index >= 0 && index < shown.size() ? shown.get(index) : null;
    }

    /** "the other one", "不是这个": something else than what was just talked about. */
    static boolean other(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return OTHER.stream().anyMatch(lower::contains);
    }

    /** "那个订单", "it": what was just talked about. */
    static boolean that(String text) {
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        return THAT.stream().anyMatch(w -> w.chars().allMatch(c -> c < 128) ? lower.contains(" " + w + " ")
                : lower.contains(w));
    }

    /** "上周那个", "last week's". */
    static boolean lastWeek(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("上周") || lower.contains("上星期") || lower.contains("last week");
    }
}
