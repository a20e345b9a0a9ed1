package com.shopmate.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import java.util.List;

/**
 * The bot's answer to one utterance, to be delivered on the envelope's channel.
 *
 * @param utteranceId  eventId of the {@link UtteranceReceived} answered
 * @param messageId    the shopper's messageId answered, so a waiting client can match it
 * @param language     language of the reply, {@code zh} or {@code en}
 * @param replies      one or more messages, in order
 * @param handoff      true on the turn that hands the conversation to a human agent, and on every reply while a
 *                     person owns it; absent in older events: false
 * @param author       who wrote it: {@code bot} (absent in older events) or {@code agent}, a person in the console
 * @param agentName    the agent's display name when {@code author} is {@code agent}, else null
 */
public record ReplyComposed(
        String utteranceId,
        String messageId,
        String language,
        List<Reply> replies,
        // Optional in the contract: absent (a producer from before it) reads as false, not as an unreadable event.
        @JsonSetter(nulls = Nulls.AS_EMPTY) boolean handoff,
        String author,
        String agentName) implements EventPayload {

    public static final String TYPE = "ReplyComposed";
    public static final int VERSION = 1;
    public static final String BOT = "bot";
    public static final String AGENT = "agent";

    public ReplyComposed {
        RequiredFields.require(utteranceId, "utteranceId");
        RequiredFields.require(messageId, "messageId");
        RequiredFields.require(language, "language");
        replies = replies == null ? List.of() : List.copyOf(replies);
        // Empty only as the acknowledgement that a person owns the conversation: the shopper's message is held for them.
        if (replies.isEmpty() && !handoff) {
            throw new IllegalArgumentException("a reply needs at least one message unless it is held for an agent");
        }
        author = author == null ? BOT : author;
        if (AGENT.equals(author)) {
            RequiredFields.require(agentName, "agentName");
        }
    }

    /** A reply of the bot's that hands over, or not. */
    public ReplyComposed(String utteranceId, String messageId, String language, List<Reply> replies,
                         boolean handoff) {
        this(utteranceId, messageId, language, replies, handoff, BOT, null);
    }

    /** A reply that keeps the conversation with the bot. */
    public ReplyComposed(String utteranceId, String messageId, String language, List<Reply> replies) {
        this(utteranceId, messageId, language, replies, false);
    }

    /** The acknowledgement of a shopper's message that a person, not the bot, will answer. */
    public static ReplyComposed heldForAgent(String utteranceId, String messageId, String language) {
        return new ReplyComposed(utteranceId, messageId, language, List.of(), true, BOT, null);
    }

    /** True for the acknowledgement {@link #heldForAgent} makes: nothing to deliver, a person will answer. */
    @JsonIgnore
    public boolean isHeldForAgent() {
        return replies.isEmpty();
    }

    @JsonIgnore
    public boolean byAgent() {
        return AGENT.equals(author);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }

    /**
     * One message of a reply; {@code quickReplies} are suggested answers a channel may show as buttons; {@code card},
     * optional, the order, parcel, return or product the text is about, for channels that render cards (the text
     * says the same, so a channel without cards loses nothing).
     */
    public record Reply(String text, List<String> quickReplies, Card card) {
        public Reply {
            RequiredFields.require(text, "text");
            quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        }

        public Reply(String text, List<String> quickReplies) {
            this(text, quickReplies, null);
        }
    }

    /**
     * A structured view of one thing the reply is about.
     *
     * @param kind   {@code order}, {@code shipment}, {@code return}, {@code product}, {@code verify} (an open list)
     * @param id     the order number, tracking number, RMA or SKU; {@code order} for a {@code verify} card
     * @param title  a line naming it, in the reply's language
     * @param fields   label and value pairs in display order, in the reply's language
     * @param category optional, product cards: the product's category code, for a placeholder picture
     * @param imageUrl optional, product cards: the product's picture, when the shop's catalogue has one
     */
    public record Card(String kind, String id, String title, List<Field> fields,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String category,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String imageUrl) {
        public Card {
            RequiredFields.require(kind, "card.kind");
            RequiredFields.require(id, "card.id");
            fields = fields == null ? List.of() : List.copyOf(fields);
        }

        /** A card with no picture to show. */
        public Card(String kind, String id, String title, List<Field> fields) {
            this(kind, id, title, fields, null, null);
        }
    }

    public record Field(String label, String value) {
    }
}
