package com.shopmate.gateway.replies;

import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import com.shopmate.kit.consuming.PermanentFailureException;

/**
 * A readable reply on a channel no {@link ReplyChannel} of this gateway delivers on (one added to the contract
 * later): a delivery failure, dead-lettered with this message as its reason, not an unreadable event.
 */
public class UndeliverableReplyException extends PermanentFailureException {

    public UndeliverableReplyException(EventEnvelope<ReplyComposed> reply) {
        super("reply to message " + reply.payload().messageId() + " of conversation " + reply.conversationId()
                + " is on channel '" + reply.channel().wireName() + "', which this gateway cannot deliver on");
    }
}
