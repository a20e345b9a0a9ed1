package com.shopmate.nlu.entity;

import com.shopmate.events.IntentClassified.Entity;
import com.shopmate.nlu.text.TextNormalizer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Order ids, phone numbers and e-mail addresses, found by pattern. Spans are UTF-16 offsets into the text as the
 * shopper wrote it, end exclusive; full-width digits and letters (ＳＯ２０２６…) are found too and their value is
 * given half-width.
 *
 * <p>Where two entities overlap, the more specific kind wins: an e-mail over a phone or order id inside it, a phone
 * over an order id ("+8613800138000" is a phone, not order 8613800138000).
 */
@Singleton
public class EntityExtractor {

    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String ORDER_ID = "order_id";

    // Letters and digits border an entity only where a word would: Chinese characters may touch it
    // ("订单SO20261201001到了"), Latin letters and digits may not.
    private static final String BEFORE = "(?<![A-Za-z0-9])";
    private static final String AFTER = "(?![A-Za-z0-9])";

    private static final Pattern EMAIL_PATTERN = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /** E.164 with optional single spaces or dashes between digits, or a mainland China mobile number without +86. */
    private static final Pattern PHONE_PATTERN = Pattern.compile(
            "(?<![A-Za-z0-9+])(?:\\+[1-9](?:[ -]?\\d){6,14}|1[3-9]\\d{9})" + AFTER);

    private final List<Kind> kinds;

    @Inject
    EntityExtractor(EntityConfig config) {
        this(config.orderIdPattern());
    }

    /** @param orderIdPattern a regular expression for one order id, matched case-insensitively as a whole word */
    public EntityExtractor(String orderIdPattern) {
        Pattern orderId = Pattern.compile(BEFORE + "(?:" + orderIdPattern + ")" + AFTER, Pattern.CASE_INSENSITIVE);
        this.kinds = List.of(new Kind(EMAIL, EMAIL_PATTERN), new Kind(PHONE, PHONE_PATTERN), new Kind(ORDER_ID, orderId));
    }

    public List<Entity> extract(String text) {
        String folded = TextNormalizer.foldWidth(text);
        List<Entity> found = new ArrayList<>();
        boolean[] taken = new boolean[folded.length()];
        for (Kind kind : kinds) {
            Matcher matcher = kind.pattern().matcher(folded);
            while (matcher.find()) {
                if (isFree(taken, matcher.start(), matcher.end())) {
                    for (int i = matcher.start(); i < matcher.end(); i++) {
                        taken[i] = true;
                    }
                    found.add(new Entity(kind.type(), value(kind.type(), matcher.group()), matcher.start(),
                            matcher.end()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Entity::start));
        return found;
    }

    private static String value(String type, String matched) {
        return PHONE.equals(type) ? matched.replace(" ", "").replace("-", "") : matched;
    }

    private static boolean isFree(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private record Kind(String type, Pattern pattern) {
    }
}
