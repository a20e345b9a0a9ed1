package com.shopmate.dialogue.handoff;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A phone number the shopper leaves for a callback, as E.164, and how the bot repeats it back (masked). */
final class ContactNumbers {

    // A mainland mobile (13800138000, +86 138 0013 8000) or any number written in E.164.
    private static final Pattern MAINLAND = Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?(1[3-9]\\d)[- ]?(\\d{4})[- ]?(\\d{4})(?!\\d)");
    private static final Pattern E164 = Pattern.compile("(?<![\\d+])\\+([1-9]\\d{7,14})(?!\\d)");

    private ContactNumbers() {
    }

    static Optional<String> in(String text) {
        Matcher mainland = MAINLAND.matcher(text);
        if (mainland.find()) {
            return Optional.of("+86" + mainland.group(1) + mainland.group(2) + mainland.group(3));
        }
        Matcher international = E164.matcher(text.replace(" ", ""));
        return international.find() ? Optional.of("+" + international.group(1)) : Optional.empty();
    }

    /** "+8613800138000" as "138****8000": enough for the shopper to recognise, not enough to read off a screen. */
    static String masked(String e164) {
        String digits = e164.startsWith("+86") ? e164.substring(3) : e164.replace("+", "");
        if (digits.length() < 7) {
            return digits;
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }
}
