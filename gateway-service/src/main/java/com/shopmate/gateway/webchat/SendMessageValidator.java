package com.shopmate.gateway.webchat;

import com.shopmate.errors.ApiException;
import com.shopmate.events.Channel;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.gateway.publishing.ConversationIds;

import java.util.List;
import java.util.regex.Pattern;

/** Checks a message request field by field, saying exactly what is wrong. */
final class SendMessageValidator {

    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8}){0,3}");
    /** The channels a chat client may name; SMS arrives only through its webhook. */
    private static final List<Channel> CHAT_CHANNELS = List.of(Channel.APP, Channel.WEB);

    private SendMessageValidator() {
    }

    /** @return the channel the message arrived on, once the whole request is valid */
    static Channel validate(SendMessageRequest request) {
        if (request == null) {
            throw ApiException.badRequest("missing_body", "send a JSON body like {\"text\": \"你好\"}");
        }
        if (request.text() == null || request.text().isBlank()) {
            throw ApiException.badRequest("empty_text", "text must not be empty");
        }
        int length = request.text().codePointCount(0, request.text().length());
        if (length > UtteranceReceived.MAX_TEXT_LENGTH) {
            throw ApiException.badRequest("text_too_long", "text is " + length + " characters; at most "
                    + UtteranceReceived.MAX_TEXT_LENGTH + " are allowed");
        }
        if (request.messageId() != null) {
            ConversationIds.requireMessageId(request.messageId());
        }
        if (request.locale() != null && !LOCALE.matcher(request.locale()).matches()) {
            throw ApiException.badRequest("invalid_locale", "locale must be a language tag such as zh-CN or en;"
                    + " got '" + request.locale() + "'");
        }
        return channel(request);
    }

    /** The channel the message arrived on: the one the client names, app when it names none. */
    static Channel channel(SendMessageRequest request) {
        if (request.channel() == null) {
            return Channel.APP;
        }
        return CHAT_CHANNELS.stream().filter(c -> c.wireName().equals(request.channel())).findFirst()
                .orElseThrow(() -> ApiException.badRequest("invalid_channel", "channel must be app or web;"
                        + " got '" + shorten(request.channel()) + "'"));
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    static int waitSeconds(String wait, int maxWaitSeconds) {
        if (wait == null) {
            return 0;
        }
        try {
            int seconds = Integer.parseInt(wait.trim());
            if (seconds >= 0 && seconds <= maxWaitSeconds) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // fall through to the refusal below
        }
        throw ApiException.badRequest("invalid_wait", "wait must be a whole number of seconds from 0 to "
                + maxWaitSeconds + "; got '" + wait + "'");
    }
}
