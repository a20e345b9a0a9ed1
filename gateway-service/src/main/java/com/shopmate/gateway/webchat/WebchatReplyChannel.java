package com.shopmate.gateway.webchat;

import com.shopmate.events.Channel;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import com.shopmate.gateway.history.ConversationHistory;
import com.shopmate.gateway.replies.DeliveredReply;
import com.shopmate.gateway.replies.ReplyChannel;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * App and web replies: kept in the conversation's history and pushed to its open streams; a waiting REST call gets
 * them too.
 */
@ApplicationScoped
public class WebchatReplyChannel implements ReplyChannel {

    private static final Logger LOG = Logger.getLogger(WebchatReplyChannel.class);

    private final ReplyStreams streams;
    private final ConversationHistory history;

    public WebchatReplyChannel(ReplyStreams streams, ConversationHistory history) {
        this.streams = streams;
        this.history = history;
    }

    @Override
    public boolean delivers(Channel channel) {
        return Channel.APP.equals(channel) || Channel.WEB.equals(channel);
    }

    @Override
    public Uni<Void> deliver(EventEnvelope<ReplyComposed> reply) {
        // In the history first: a client that reloads as the reply is pushed finds it there.
        return history.replied(reply).invoke(() -> {
            String json = Json.encode(DeliveredReply.of(reply.payload()));
            for (var connection : streams.of(reply.conversationId())) {
                // A stream that closed meanwhile must not hold up the conversation's other deliveries.
                connection.sendText(json).subscribe().with(ok -> { },
                        e -> LOG.debugf("stream of %s closed before the reply: %s", reply.conversationId(), e));
            }
        });
    }
}
