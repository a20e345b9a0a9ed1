package com.shopmate.gateway.sms;

import java.util.ArrayList;
import java.util.List;

/**
 * What the gateway sends to one number in answer to one message: the bot's or an agent's reply, or the answer to a
 * keyword. Each text is cut into {@link SmsSegments}, each sent as a provider message of its own.
 *
 * @param messageId     the messageId answered (the inbound MessageSid, or an agent's {@code agent-<uuid>})
 * @param texts         the messages, in order, as the shopper reads them
 * @param handoff       whether the reply hands the conversation to a person (the sandbox's outbox tells it)
 * @param keywordAnswer an answer to STOP, START or HELP: carriers require it, so no opt-out or cap holds it back
 * @param causeEventId  the id a ReplyDeliveryFailed about this turn is derived from
 */
public record SmsTurn(String conversationId, String to, String messageId, List<String> texts, boolean handoff,
                      boolean keywordAnswer, String causeEventId, String traceparent) {

    public SmsTurn {
        texts = List.copyOf(texts);
    }

    /**
     * One provider message of the turn.
     *
     * @param message    index of the text it is part of, from 0
     * @param segment    its place in that text, from 1
     * @param segments   how many segments the text was cut into
     * @param lastOfTurn whether it is the last provider message of the turn
     */
    public record Segment(int message, int segment, int segments, String text, boolean lastOfTurn) {
    }

    public List<Segment> segments() {
        List<Segment> all = new ArrayList<>();
        for (int message = 0; message < texts.size(); message++) {
            List<String> parts = SmsSegments.of(texts.get(message));
            for (int i = 0; i < parts.size(); i++) {
                boolean last = message == texts.size() - 1 && i == parts.size() - 1;
                all.add(new Segment(message, i + 1, parts.size(), parts.get(i), last));
            }
        }
        return all;
    }
}
