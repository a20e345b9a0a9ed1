package com.shopmate.gateway.rendering;

import com.shopmate.events.ReplyComposed;

import java.util.List;

/**
 * A composed reply as a channel that shows only text renders it (SMS, WeChat text messages): each message's text,
 * its quick replies as numbered options the shopper answers with a digit ({@link ReplyOptions} reads the digit back),
 * an agent's message signed with their name. A card is left out: the text already states what it shows.
 */
public final class PlainTextReply {

    private PlainTextReply() {
    }

    /** One text per message of the reply, in order; the options are those of the message they follow. */
    public static List<String> texts(ReplyComposed reply) {
        return reply.replies().stream().map(message -> text(message, reply)).toList();
    }

    /** The options of the reply's last message, the ones a digit in the shopper's next message chooses from. */
    public static List<String> lastOptions(ReplyComposed reply) {
        return reply.replies().isEmpty() ? List.of() : reply.replies().get(reply.replies().size() - 1).quickReplies();
    }

    static String text(ReplyComposed.Reply message, ReplyComposed reply) {
        String text = signed(message.text(), reply);
        List<String> options = message.quickReplies();
        if (options.isEmpty()) {
            return text;
        }
        boolean chinese = "zh".equals(reply.language());
        StringBuilder rendered = new StringBuilder(text).append('\n')
                .append(chinese ? "回复数字即可：" : "Reply with a number:");
        for (int i = 0; i < options.size(); i++) {
            rendered.append('\n').append(i + 1).append(". ").append(options.get(i));
        }
        return rendered.toString();
    }

    /** An agent's message names its writer, so the shopper knows a person, not the bot, is answering. */
    static String signed(String text, ReplyComposed reply) {
        if (!reply.byAgent()) {
            return text;
        }
        return ("zh".equals(reply.language()) ? "【客服 " + reply.agentName() + "】" : "[Agent " + reply.agentName()
                + "] ") + text;
    }
}
