package com.shopmate.scenarios;

import java.util.List;

/**
 * One scripted shopper conversation: who writes, on which channel, and what each of their messages must get back.
 *
 * @param language {@code zh} or {@code en}: the language the shopper writes in
 * @param flow     the dialogue flow under test ({@code order_status}, ...), {@value #NO_FLOW} when none is named
 */
public record Scenario(String id, String language, Channel channel, Identity identity, String flow,
                       List<Turn> turns) {

    public static final String NO_FLOW = "other";

    public Scenario {
        turns = List.copyOf(turns);
    }

    /** {@code app} and {@code web} talk REST to the gateway; {@code sms} goes through the provider webhook. */
    public enum Channel {
        APP, WEB, SMS;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Who the shopper is: a logged-in customer of the shop, an SMS sender by their number, or (both null) an
     * anonymous visitor.
     */
    public record Identity(String customerId, String phone) {

        public static final Identity ANONYMOUS = new Identity(null, null);
    }

    /** What the shopper writes, and what the bot's replies to it must (and must not) say. */
    public record Turn(String user, Expectation expect) {
    }

    /**
     * @param handoff whether the turn must hand the conversation to a human agent; null: not checked
     */
    public record Expectation(List<String> allOf, List<String> anyOf, List<String> noneOf, Boolean handoff) {

        public Expectation {
            allOf = List.copyOf(allOf);
            anyOf = List.copyOf(anyOf);
            noneOf = List.copyOf(noneOf);
        }
    }
}
