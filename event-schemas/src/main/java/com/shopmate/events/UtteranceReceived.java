package com.shopmate.events;


/**
 * A shopper said something on a channel.
 *
 * @param messageId    the client's id for the message (or one the gateway made); a re-sent message keeps it
 * @param text         what the shopper wrote, 1 to 2,000 characters
 * @param locale       the client's locale hint such as {@code zh-CN}, or null; the NLU detects the language anyway
 * @param replyAddress the shopper's address on the channel (E.164 phone for SMS), or null; the gateway delivers
 *                     by conversationId, this is for agent consoles and audits
 */
public record UtteranceReceived(String messageId, String text, String locale, String replyAddress)
        implements EventPayload {

    public UtteranceReceived {
        RequiredFields.require(messageId, "messageId");
        RequiredFields.require(text, "text");
    }

    public static final String TYPE = "UtteranceReceived";
    public static final int VERSION = 1;
    public static final int MAX_TEXT_LENGTH = 2_000;

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }
}
