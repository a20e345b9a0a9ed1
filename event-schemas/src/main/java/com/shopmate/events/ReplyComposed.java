package com.shopmate.events;

import java.util.List;

/**
 * The bot's answer to one utterance, to be delivered on the envelope's channel.
 *
 * @param utteranceId  eventId of the {@link UtteranceReceived} answered
 * @param messageId    the shopper's messageId answered, so a waiting client can match it
 * @param language     language of the reply, {@code zh} or {@code en}
 * @param replies      one or more messages, in order
 */
public record ReplyComposed(
        String utteranceId,
        String messageId,
        String language,
        List<Reply> replies) implements EventPayload {

    public static final String TYPE = "ReplyComposed";
    public static final int VERSION = 1;

    public ReplyComposed {
        RequiredFields.require(utteranceId, "utteranceId");
        RequiredFields.require(messageId, "messageId");
        RequiredFields.require(language, "language");
        if (replies == null || replies.isEmpty()) {
            throw new IllegalArgumentException("a reply needs at least one message");
        }
        replies = List.copyOf(replies);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }

    /** One message of a reply; {@code quickReplies} are suggested answers a channel may show as buttons. */
    public record Reply(String text, List<String> quickReplies) {
        public Reply {
            RequiredFields.require(text, "text");
            quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        }
    }
}
