package com.shopmate.nlu.entity.number;

import java.math.BigDecimal;

/**
 * An amount of money as a {@code money} entity's value: the ISO 4217 code, a space, the amount without exponent or
 * trailing zeros ({@code "CNY 1500"}, {@code "CNY 20.5"}, {@code "USD 20"}).
 */
public record Money(String currency, BigDecimal amount) {

    public String value() {
        return currency + " " + Numerals.plain(amount);
    }

    /** Reads a value back: {@code Money.parse("CNY 20.5")}. */
    public static Money parse(String value) {
        int space = value.indexOf(' ');
        if (space != 3) {
            throw new IllegalArgumentException("not a money value: '" + value + "'");
        }
        return new Money(value.substring(0, 3), new BigDecimal(value.substring(4)));
    }
}
