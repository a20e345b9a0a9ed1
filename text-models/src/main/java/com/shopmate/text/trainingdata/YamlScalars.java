package com.shopmate.text.trainingdata;

import java.util.regex.Pattern;

/**
 * Writes a text as a YAML scalar that every YAML reader (Rasa's PyYAML too) reads back as the same text: plain when
 * safe, else single-quoted, else double-quoted. Shoppers' "no", "ok" and "1" must not turn into booleans or numbers.
 */
final class YamlScalars {

    private static final Pattern RESERVED = Pattern.compile(
            "(?i)y|n|yes|no|true|false|on|off|null|~|\\.inf|-\\.inf|\\.nan|[-+.]?[0-9][0-9a-z_.:+-]*");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final String FLOW_INDICATORS = ",[]{}";

    private YamlScalars() {
    }

    /** A scalar in block context: a list item or a mapping value. */
    static String block(String text) {
        return isPlainSafe(text, false) ? text : quoted(text);
    }

    /** A scalar inside {@code [..]} or <code>{..}</code>. */
    static String flow(String text) {
        return isPlainSafe(text, true) ? text : quoted(text);
    }

    private static boolean isPlainSafe(String text, boolean flow) {
        if (text.isEmpty() || !text.strip().equals(text) || RESERVED.matcher(text).matches()
                || INDICATORS.indexOf(text.charAt(0)) >= 0 || text.endsWith(":")
                || text.contains(": ") || text.contains(" #") || hasControl(text)) {
            return false;
        }
        if (flow) {
            for (char c : FLOW_INDICATORS.toCharArray()) {
                if (text.indexOf(c) >= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String quoted(String text) {
        if (!hasControl(text)) {
            return "'" + text.replace("'", "''") + "'";
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
