package com.shopmate.dialogue.handoff;

import com.shopmate.dialogue.context.ConversationContext;
import com.shopmate.dialogue.context.Memory;
import com.shopmate.dialogue.emotion.ToneReading;
import com.shopmate.dialogue.reply.Wording;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.HandoffRequested;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.ShopperIdentity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the bot says and does when it hands a conversation to people. In agents' hours the conversation joins their
 * queue and the bot holds the shopper's further messages for them. Outside those hours nobody would answer a queue:
 * the request becomes a ticket with a way to reach the shopper (their SMS number, their account, or a number they
 * leave), and the bot says when people are back. Wording is replies.yml's {@code handoff.*}.
 */
public final class Handover {

    private final Supplier<Wording> wording;
    private final Supplier<AgentHours> hours;
    private final Supplier<Map<String, String>> hoursText;

    /** @param hoursText the policy's sentence on agents' hours by language, read again after a reload */
    public Handover(Supplier<Wording> wording, Supplier<AgentHours> hours, Supplier<Map<String, String>> hoursText) {
        this.wording = wording;
        this.hours = hours;
        this.hoursText = hoursText;
    }

    /** What this turn does: the replies, the handoff event if one is filed now, and the memory it leaves. */
    public record Handed(List<ReplyComposed.Reply> replies, Optional<HandoffRequested> request, Memory memory) {
    }

    /** Hands over for {@code reason}: to the queue, or as a ticket outside agents' hours. */
    public Handed handOver(EventEnvelope<IntentClassified> intent, String reason, ConversationContext context,
                           Memory memory, double risk, String language, int variant) {
        if (hours.get().open()) {
            HandoffRequested request = request(intent, reason, HandoffRequested.QUEUE, contactOf(intent), context,
                    memory, risk, language);
            String key = wording.get().has("handoff.queued." + reason, language) ? "handoff.queued." + reason
                    : "handoff.queued";
            return new Handed(List.of(reply(key, language, variant, Map.of())), Optional.of(request),
                    memory.withHandoff(Memory.QUEUED).withFallbacks(0));
        }
        String contact = contactOf(intent);
        if (contact == null && customerOf(intent, memory) == null) {
            // Nobody to call back yet: ask for a number before filing a ticket no one can answer.
            return new Handed(List.of(reply("handoff.after_hours.ask_contact", language, variant, closedValues(language))),
                    Optional.empty(), memory.withHandoff(Memory.AWAITING_CONTACT).withFallbacks(0));
        }
        HandoffRequested ticket = request(intent, reason, HandoffRequested.TICKET, contact, context, memory, risk,
                language);
        Map<String, Object> values = new java.util.HashMap<>(closedValues(language));
        String key = "handoff.after_hours.ticket";
        if (contact != null) {
            values.put("contact", ContactNumbers.masked(contact));
            key = "handoff.after_hours.ticket_phone";
        }
        return new Handed(List.of(reply(key, language, variant, values)), Optional.of(ticket),
                memory.withHandoff(null).withFallbacks(0));
    }

    /**
     * A turn after the bot offered a callback: a number (or a yes from a shopper it can reach) files the ticket;
     * anything else is a new question, which the bot answers as usual (empty).
     */
    public Optional<Handed> callbackAnswer(EventEnvelope<IntentClassified> intent, ConversationContext context,
                                           Memory memory, double risk, String language, int variant) {
        IntentClassified understood = intent.payload();
        Optional<String> given = ContactNumbers.in(understood.text());
        String contact = given.orElse(contactOf(intent));
        boolean yes = "affirm".equals(understood.intent()) && (contact != null || customerOf(intent, memory) != null);
        if (given.isEmpty() && !yes) {
            return Optional.empty();
        }
        HandoffRequested ticket = request(intent, "callback", HandoffRequested.TICKET, contact, context, memory, risk,
                language);
        Map<String, Object> values = new java.util.HashMap<>(closedValues(language));
        values.put("contact", contact == null ? "" : ContactNumbers.masked(contact));
        String key = contact == null ? "handoff.ticket_filed" : "handoff.ticket_filed_phone";
        return Optional.of(new Handed(List.of(reply(key, language, variant, values)), Optional.of(ticket),
                memory.withHandoff(null)));
    }

    /** The acknowledgement of a message a person will answer: nothing for the shopper, the handoff flag set. */
    public static ReplyComposed held(IntentClassified understood, String language) {
        return ReplyComposed.heldForAgent(understood.utteranceId(), understood.messageId(), language);
    }

    private HandoffRequested request(EventEnvelope<IntentClassified> intent, String reason, String route,
                                     String contact, ConversationContext context, Memory memory, double risk,
                                     String language) {
        IntentClassified understood = intent.payload();
        List<ToneReading> tones = memory.tones();
        String summary = HandoffSummary.of(language, reason, context.turns(), understood.text(), memory.orders(),
                tones);
        List<HandoffRequested.EmotionReading> emotions = tones.stream()
                .map(t -> new HandoffRequested.EmotionReading(t.polarity(), t.emotion(), t.intensity(), t.text()))
                .toList();
        return new HandoffRequested(understood.utteranceId(), understood.messageId(), reason, route, summary,
                language, customerOf(intent, memory), contact, memory.orders(), risk, emotions);
    }

    private ReplyComposed.Reply reply(String key, String language, int variant, Map<String, ?> values) {
        return new ReplyComposed.Reply(wording.get().say(key, language, variant, values),
                wording.get().quickReplies(key, language));
    }

    private Map<String, Object> closedValues(String language) {
        return Map.of("hours", hoursText.get().getOrDefault(language, ""), "opens", hours.get().opensAt());
    }

    private static String contactOf(EventEnvelope<IntentClassified> intent) {
        ShopperIdentity identity = intent.identity();
        return identity == null ? null : identity.phone();
    }

    private static String customerOf(EventEnvelope<IntentClassified> intent, Memory memory) {
        ShopperIdentity identity = intent.identity();
        if (identity == null) {
            return null;
        }
        return identity.customerId() != null ? identity.customerId() : memory.customerId();
    }
}
