package com.shopmate.dialogue.recommend;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A shopper opting out of suggestions and promotions ("不要再推荐了", "stop recommending") or back in ("恢复推荐",
 * "you can recommend things again"). Whole phrases only: "不要推荐太贵的" is a wish about price, not an opt-out.
 */
public final class MarketingCues {

    private static final Pattern OUT = Pattern.compile(
            "不要再(给我)?推荐|别再(给我)?推荐|不要再发(广告|推销|促销)|别再发(广告|推销|促销)|(不要|别|不用|不需要)(给我)?推荐了"
                    + "|退订(推荐|营销|广告|促销)|(?i:stop (recommending|suggesting|sending (me )?(offers|promotions|ads|deals))"
                    + "|no more (recommendations|suggestions|offers|promotions|ads)"
                    + "|(don't|do not) send me (offers|promotions|ads|deals)"
                    + "|unsubscribe from (offers|marketing|promotions)|opt out of (marketing|offers|recommendations))");
    private static final Pattern IN = Pattern.compile(
            "恢复推荐|可以(再)?给我推荐了|重新(给我)?推荐|继续给我推荐|(?i:(resume|restart|turn on) (recommendations|suggestions|offers)"
                    + "|(start|you can) (recommending|suggesting|recommend|suggest) (things )?again"
                    + "|opt (back )?in)");

    private MarketingCues() {
    }

    /** true: an opt-out; false: an opt-in; empty: neither. */
    public static Optional<Boolean> optedOut(String text) {
        if (OUT.matcher(text).find()) {
            return Optional.of(true);
        }
        if (IN.matcher(text).find()) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
