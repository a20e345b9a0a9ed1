package com.shopmate.dialogue.recommend;

import com.shopmate.events.IntentClassified;
import com.shopmate.events.RecommendationRequested.Wanted;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a shopper wants suggested, read from their words and the NLU's entities: the category, a budget ("500元以内",
 * "under 300 yuan", "1000以上"), a colour, a size, a brand, and who a gift is for. A follow-up to suggestions just
 * shown ("便宜一点的", "something more upmarket", "还有别的吗") keeps the earlier wishes and moves the budget past
 * what was shown. Remembered in the conversation as a small map ({@code Memory.offers}).
 */
public final class Wishes {

    public static final String CATEGORY = "category";
    static final String MAX_PRICE = "maxPrice";
    static final String MIN_PRICE = "minPrice";
    static final String COLOR = "color";
    static final String SIZE = "size";
    static final String BRAND = "brand";
    static final String FOR_WHOM = "forWhom";
    public static final String TEXT = "text";
    /** The prices of the suggestions shown last, in the order shown, comma-separated. */
    public static final String PRICES = "prices";

    private static final Pattern AT_LEAST = Pattern.compile(
            "^\\s*(以上|起|起步)|(高于|至少|超过|(?i:over|above|more than|at least|from))\\s*[¥￥]?\\s*$");
    private static final Pattern AROUND = Pattern.compile("^\\s*(左右|上下)|(?i:around|about|roughly)\\s*[¥￥]?\\s*$");
    private static final Pattern BARE_BUDGET = Pattern.compile("(?:预算|(?i:budget(?: is| of)?))\\s*[:：]?\\s*(\\d{2,6})");
    private static final Pattern GIFT = Pattern.compile(
            "送给?|礼物|礼品|生日|(?i:\\bgift|\\bpresent\\b|birthday)");
    private static final Pattern RECIPIENT = Pattern.compile(
            "(妈妈|母亲|老妈|爸爸|父亲|老爸|父母|爸妈|老婆|妻子|老公|丈夫|女朋友|男朋友|女友|男友|孩子|儿子|女儿|宝宝|朋友|同事|老师"
                    + "|(?i:mother|mom|mum|father|dad|parents|wife|husband|girlfriend|boyfriend|kids?|son|daughter"
                    + "|baby|friend|colleague|teacher))");
    private static final Pattern CHEAPER = Pattern.compile(
            "便宜|实惠|价格低|低一点|低点|省钱|(?i:cheaper|less expensive|lower price|more affordable|budget option)");
    private static final Pattern PRICIER = Pattern.compile(
            "贵一点|贵点|高端一点|好一点|更好的|档次高|(?i:more expensive|pricier|higher end|more upmarket|better one|premium)");
    private static final Pattern OTHERS = Pattern.compile(
            "别的|其他|其它|换一批|换几个|还有吗|还有什么|还有没有|(?i:\\bother|another|anything else|something else|more options|different)");

    private Wishes() {
    }

    /** Whether the words move on from suggestions just shown: cheaper, pricier, or just others. */
    public static boolean refines(String text) {
        return CHEAPER.matcher(text).find() || PRICIER.matcher(text).find() || OTHERS.matcher(text).find();
    }

    /**
     * The wishes of this turn, on top of the ones remembered when the turn follows suggestions ({@code refining}).
     *
     * @param remembered the wishes and prices kept from the last suggestions (empty when there were none)
     */
    public static Map<String, String> read(String text, List<IntentClassified.Entity> entities,
                                           Map<String, String> remembered, boolean refining) {
        Map<String, String> wishes = new HashMap<>();
        if (refining) {
            wishes.putAll(remembered);
            wishes.remove(PRICES);
        }
        first(entities, "category").ifPresent(v -> wishes.put(CATEGORY, v));
        first(entities, "color").ifPresent(v -> wishes.put(COLOR, v));
        first(entities, "size").ifPresent(v -> wishes.put(SIZE, v));
        first(entities, "brand").ifPresent(v -> wishes.put(BRAND, v));
        budget(text, entities, wishes);
        Matcher recipient = RECIPIENT.matcher(text);
        if (GIFT.matcher(text).find() || recipient.find() && text.contains("给")) {
            recipient.reset();
            wishes.put(FOR_WHOM, recipient.find() ? recipient.group(1).toLowerCase(Locale.ROOT) : "someone");
        }
        if (refining && remembered.containsKey(PRICES)) {
            List<BigDecimal> shown = Arrays.stream(remembered.get(PRICES).split(",")).filter(s -> !s.isBlank())
                    .map(BigDecimal::new).toList();
            if (!shown.isEmpty() && CHEAPER.matcher(text).find()) {
                BigDecimal cheapest = shown.stream().min(BigDecimal::compareTo).orElseThrow();
                wishes.put(MAX_PRICE, cheapest.subtract(new BigDecimal("0.01")).toPlainString());
                wishes.remove(MIN_PRICE);
            } else if (!shown.isEmpty() && PRICIER.matcher(text).find()) {
                BigDecimal dearest = shown.stream().max(BigDecimal::compareTo).orElseThrow();
                wishes.put(MIN_PRICE, dearest.add(new BigDecimal("0.01")).toPlainString());
                wishes.remove(MAX_PRICE);
            }
        }
        // The shopper's words so far: recommendation-service reads features from them ("蓝牙" said before
        // "便宜一点的" still holds).
        wishes.put(TEXT, refining && remembered.containsKey(TEXT) ? remembered.get(TEXT) + " " + text : text);
        return wishes;
    }

    /** The wishes as the event carries them. */
    public static Wanted wanted(Map<String, String> wishes) {
        return new Wanted(wishes.get(CATEGORY), decimal(wishes.get(MAX_PRICE)), decimal(wishes.get(MIN_PRICE)),
                wishes.get(COLOR), wishes.get(SIZE), wishes.get(BRAND), List.of(), wishes.get(FOR_WHOM));
    }

    /** A budget from a money entity and the words around it; "预算 300" without a currency too. */
    private static void budget(String text, List<IntentClassified.Entity> entities, Map<String, String> wishes) {
        for (IntentClassified.Entity money : entities) {
            if (!"money".equals(money.type())) {
                continue;
            }
            BigDecimal amount = amount(money.value());
            if (amount == null) {
                continue;
            }
            String after = text.substring(Math.min(money.end(), text.length()));
            String before = text.substring(0, Math.max(0, Math.min(money.start(), text.length())));
            if (AT_LEAST.matcher(after).find() || AT_LEAST.matcher(before).find()) {
                wishes.put(MIN_PRICE, amount.toPlainString());
            } else if (AROUND.matcher(after).find() || AROUND.matcher(before).find()) {
                wishes.put(MIN_PRICE, amount.multiply(new BigDecimal("0.7")).toPlainString());
                wishes.put(MAX_PRICE, amount.multiply(new BigDecimal("1.2")).toPlainString());
            } else {
                // "500元以内", "under 300", or a bare "500块的耳机": a ceiling.
                wishes.put(MAX_PRICE, amount.toPlainString());
                wishes.remove(MIN_PRICE);
            }
            return;
        }
        Matcher bare = BARE_BUDGET.matcher(text);
        if (bare.find()) {
            wishes.put(MAX_PRICE, bare.group(1));
        }
    }

    private static BigDecimal amount(String moneyValue) {
        // The NLU writes "CNY 500".
        int space = moneyValue == null ? -1 : moneyValue.indexOf(' ');
        try {
            return new BigDecimal(space < 0 ? moneyValue : moneyValue.substring(space + 1));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Optional<String> first(List<IntentClassified.Entity> entities, String type) {
        return entities.stream().filter(e -> type.equals(e.type())).map(IntentClassified.Entity::value).findFirst();
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** The prices shown, to remember for "cheaper". */
    public static String prices(List<BigDecimal> shown) {
        List<String> prices = new ArrayList<>();
        shown.forEach(p -> prices.add(p.toPlainString()));
        return String.join(",", prices);
    }
}
