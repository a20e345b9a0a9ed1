package com.shopmate.scenarios;

import com.shopmate.scenarios.Scenario.Expectation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExpectationCheckTest {

    private static final BotAnswer PARCEL = BotAnswer.of(List.of("您的包裹正在派送中，", "运单号 YT7988143899380（圆通速递）"),
            false);

    @Test
    void answerSayingEverythingExpectedPasses() {
        Expectation expect = new Expectation(List.of("YT7988143899380", "圆通"), List.of("已签收", "派送中"),
                List.of("退款"), false);

        assertEquals(List.of(), ExpectationCheck.problems(expect, PARCEL));
    }

    @Test
    void expectedStringMayBeInAnyOfTheReplysMessages() {
        Expectation expect = new Expectation(List.of("派送中", "圆通"), List.of(), List.of(), null);

        assertEquals(List.of(), ExpectationCheck.problems(expect, PARCEL));
    }

    @Test
    void eachMissingAllOfStringIsNamed() {
        Expectation expect = new Expectation(List.of("YT7988143899380", "顺丰", "SF123"), List.of(), List.of(), null);

        assertEquals(List.of("missing \"顺丰\", \"SF123\""), ExpectationCheck.problems(expect, PARCEL));
    }

    @Test
    void turnFailsWhenNoneOfTheAnyOfStringsIsThere() {
        Expectation expect = new Expectation(List.of(), List.of("已签收", "已送达"), List.of(), null);

        assertEquals(List.of("none of \"已签收\", \"已送达\""), ExpectationCheck.problems(expect, PARCEL));
    }

    @Test
    void forbiddenStringFailsTheTurn() {
        Expectation expect = new Expectation(List.of(), List.of(), List.of("SF Express", "yt798"), null);

        assertEquals(List.of("forbidden \"yt798\""), ExpectationCheck.problems(expect, PARCEL));
    }

    @Test
    void handoffMustBeWhatTheTurnExpects() {
        Expectation mustHandOff = new Expectation(List.of(), List.of(), List.of(), true);
        Expectation mustNot = new Expectation(List.of(), List.of(), List.of(), false);
        BotAnswer handedOff = BotAnswer.of(List.of("正在为您转接人工客服"), true);

        assertEquals(List.of("no handoff, expected one"), ExpectationCheck.problems(mustHandOff, PARCEL));
        assertEquals(List.of("handed off, expected no handoff"), ExpectationCheck.problems(mustNot, handedOff));
        assertEquals(List.of(), ExpectationCheck.problems(mustHandOff, handedOff));
    }

    @Test
    void handoffIsNotCheckedWhereTheChannelCannotTell() {
        Expectation mustHandOff = new Expectation(List.of(), List.of(), List.of(), true);
        BotAnswer sms = BotAnswer.of(List.of("正在为您转接人工客服"), null);

        assertEquals(List.of(), ExpectationCheck.problems(mustHandOff, sms));
    }

    @Test
    void turnWithoutAnAnswerFailsWithTheReason() {
        Expectation anything = new Expectation(List.of(), List.of(), List.of(), null);

        assertEquals(List.of("no answer: no reply within 15 s"),
                ExpectationCheck.problems(anything, BotAnswer.none("no reply within 15 s")));
    }
}
