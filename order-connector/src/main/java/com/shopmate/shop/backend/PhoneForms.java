package com.shopmate.shop.backend;

import java.util.List;

/**
 * The forms a shop may keep a number in: channels give E.164 ({@code +8613812345678}), while a shop's data often
 * keeps mainland numbers as their 11 digits, without the country code.
 */
public final class PhoneForms {

    private static final String MAINLAND = "+86";

    private PhoneForms() {
    }

    /** The E.164 number, and for a mainland one its 11 digits too. */
    public static List<String> of(String e164) {
        if (e164.startsWith(MAINLAND) && e164.length() == MAINLAND.length() + 11) {
            return List.of(e164, e164.substring(MAINLAND.length()));
        }
        return List.of(e164);
    }
}
