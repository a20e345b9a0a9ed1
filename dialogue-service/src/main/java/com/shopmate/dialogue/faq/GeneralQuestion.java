package com.shopmate.dialogue.faq;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question about the shop's rules rather than the shopper's own order: "运费怎么算？", "能指定发顺丰吗？",
 * "Can I return it if I open it?". The NLU often files these under the order or product intent they mention; the
 * FAQ answers them, unless the shopper points at their own order or parcel.
 */
public final class GeneralQuestion {

    private static final Pattern GENERAL = Pattern.compile("能不能|可不可以|可以.{0,12}吗|能.{0,12}吗|支持.{0,12}吗"
            + "|怎么算|怎么收|是否|如果|的话|怎么办|多久|多少钱.{0,4}运费|运费|权益|有什么用|怎么用|如何使用|怎么使用"
            + "|(?i:\\bcan i\\b|\\bcan you\\b|\\bdo you\\b|\\bis there\\b|\\bwhat if\\b|\\bif i\\b|\\bhow long\\b"
            + "|\\bhow do i\\b|\\bdo i need\\b|\\bshipping fee|\\bpolicy\\b|\\bbenefits?\\b|\\bperks?\\b|\\bhow (?:do|can) i use\\b)");
    private static final Pattern OWN = Pattern.compile("我的|我买|我退|我申请|买了|收到的|我那|这单|那单|单号"
            + "|(?i:\\bmy\\b|\\bi (bought|ordered|received|got)\\b)");

    private GeneralQuestion() {
    }

    public static boolean about(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return GENERAL.matcher(lower).find() && !OWN.matcher(lower).find();
    }
}
