package com.shopmate.dialogue.recommend;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarketingCuesTest {

    @Test
    void anOptOutIsHeard_inChineseAndEnglish() {
        for (String text : new String[]{"不要再推荐了", "别再给我推荐东西了", "以后不用推荐了", "stop recommending",
                "Stop sending me offers please", "no more promotions"}) {
            assertEquals(Optional.of(true), MarketingCues.optedOut(text), text);
        }
    }

    @Test
    void anOptInIsHeard() {
        assertEquals(Optional.of(false), MarketingCues.optedOut("恢复推荐吧"));
        assertEquals(Optional.of(false), MarketingCues.optedOut("you can recommend things again"));
    }

    @Test
    void aWishAboutWhatToRecommendIsNoOptOut() {
        for (String text : new String[]{"不要推荐太贵的", "推荐一款耳机", "don't recommend anything over 500",
                "帮我推荐一下", "stop by the shop"}) {
            assertEquals(Optional.empty(), MarketingCues.optedOut(text), text);
        }
    }
}
