package com.shopmate.gateway.sms;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words carriers require an SMS service to honour: STOP and its variants opt the number out, START opts it back
 * in, HELP says who is writing and how to reach a person. Only a message that is the keyword alone counts (case,
 * spaces and final punctuation aside): "stop sending me the old order" and "帮我把订单取消了" are for the bot.
 */
public enum SmsKeyword {
    STOP, START, HELP;

    // Twilio's standard opt-out, opt-in and help words, and the usual Chinese ones (TD: "回复TD退订").
    private static final Map<String, SmsKeyword> WORDS = Map.ofEntries(
            Map.entry("STOP", STOP), Map.entry("STOPALL", STOP), Map.entry("UNSUBSCRIBE", STOP),
            Map.entry("CANCEL", STOP), Map.entry("END", STOP), Map.entry("QUIT", STOP), Map.entry("REVOKE", STOP),
            Map.entry("OPTOUT", STOP), Map.entry("TD", STOP), Map.entry("退订", STOP), Map.entry("取消订阅", STOP),
            Map.entry("START", START), Map.entry("YES", START), Map.entry("UNSTOP", START),
            Map.entry("订阅", START), Map.entry("重新订阅", START),
            Map.entry("HELP", HELP), Map.entry("INFO", HELP), Map.entry("帮助", HELP));

    private static final Pattern DECORATION = Pattern.compile("[\\s\\p{Punct}。！？，、．～]+");

    /** The keyword the whole message is, if it is one. */
    public static Optional<SmsKeyword> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = DECORATION.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
        return Optional.ofNullable(WORDS.get(word));
    }

    /** Whether the shopper wrote the keyword in Chinese, so the answer is in Chinese too. */
    static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
