package com.shopmate.dialogue.reply;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bot's sentences from {@code replies.yml}, with {@code {name}} placeholders filled with facts the flows read
 * from the shop. The wording is the operator's; the facts never are.
 */
public final class Wording {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_]*)}");

    private final ReplyTemplates templates;

    public Wording(ReplyTemplates templates) {
        this.templates = templates;
    }

    public boolean has(String key, String language) {
        return templates.find(key, language).isPresent();
    }

    public String say(String key, String language, int variant, Map<String, ?> values) {
        String template = templates.require(key, language).variant(variant);
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            Object value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("'" + key + "' (" + language + ") needs {" + placeholder.group(1)
                        + "}");
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value.toString()));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    public List<String> quickReplies(String key, String language) {
        return templates.find(key, language).map(ReplyTemplates.Template::quickReplies).orElse(List.of());
    }
}
