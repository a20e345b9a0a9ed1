package com.shopmate.gateway.replies;

import com.shopmate.events.Channel;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import io.smallrye.mutiny.Uni;

/** Delivers replies on one kind of channel; a reply always goes back on the channel its utterance came from. */
public interface ReplyChannel {

    boolean delivers(Channel channel);

    Uni<Void> deliver(EventEnvelope<ReplyComposed> reply);
}
