package com.shopmate.gateway.wechat;

import com.shopmate.events.Channel;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import com.shopmate.gateway.rendering.PlainTextReply;
import com.shopmate.gateway.rendering.ReplyOptions;
import com.shopmate.gateway.replies.ReplyChannel;
import com.shopmate.gateway.replies.ReplyWaiters;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * WeChat replies. While the shopper's push still waits, the reply is handed to it to answer passively; otherwise (or
 * when the push's time runs out first) it goes through the customer-service API. {@link PassiveOrApi} makes sure
 * only one of the two sends it. The pieces a passive answer could not hold go through the API too. Each piece sent is
 * remembered, so the service kit's retry of a failed delivery does not send the earlier pieces again.
 */
@ApplicationScoped
public class WeChatReplyChannel implements ReplyChannel {

    private static final Logger LOG = Logger.getLogger(WeChatReplyChannel.class);
    // How often the reply channel looks whether the waiting push took the reply: the push is told at once when both
    // are in this instance, so this is mostly one or two looks.
    private static final Duration LOOK_EVERY = Duration.ofMillis(25);

    private final ReplyOptions options;
    private final ReplyWaiters waiters;
    private final PassiveOrApi routes;
    private final ShopperLanguages languages;
    private final CustomerServiceMessages api;
    private final ReactiveValueCommands<String, String> sent;
    private final WeChatConfig config;
    private final Duration remembered;

    WeChatReplyChannel(ReplyOptions options, ReplyWaiters waiters, PassiveOrApi routes, ShopperLanguages languages,
                       CustomerServiceMessages api, ReactiveRedisDataSource redis, WeChatConfig config,
                       @ConfigProperty(name = "shopmate.gateway.dedupe-ttl") Duration remembered) {
        this.options = options;
        this.waiters = waiters;
        this.routes = routes;
        this.languages = languages;
        this.api = api;
        this.sent = redis.value(String.class);
        this.config = config;
        this.remembered = remembered;
    }

    @Override
    public boolean delivers(Channel channel) {
        return Channel.WECHAT.equals(channel);
    }

    @Override
    public Uni<Void> deliver(EventEnvelope<ReplyComposed> reply) {
        String conversationId = reply.conversationId();
        String messageId = reply.payload().messageId();
        String openid = OpenIds.openidOf(conversationId);
        List<String> pieces = ReplyText.pieces(PlainTextReply.texts(reply.payload()));
        // The options are remembered first, so a digit the shopper sends back is understood however fast it comes.
        return options.offered(conversationId, PlainTextReply.lastOptions(reply.payload()))
                .call(() -> languages.replied(openid, reply.payload().language()))
                .chain(() -> routes.pushIsWaiting(conversationId, messageId))
                .chain(waiting -> waiting ? handToWaitingPush(reply) : Uni.createFrom().voidItem())
                .chain(() -> routes.claimApi(conversationId, messageId))
                .chain(route -> {
                    int first = route == PassiveOrApi.Route.API ? 0 : 1;
                    LOG.debugf("reply to %s of %s: %s, %d piece(s) by the API", messageId, OpenIds.forLogs(openid),
                            route, pieces.size() - first);
                    return Multi.createFrom().items(IntStream.range(first, pieces.size()).boxed())
                            .onItem().transformToUniAndConcatenate(index -> sendOnce(reply, openid, index,
                                    pieces.get(index)))
                            .collect().last().replaceWithVoid();
                });
    }

    /** Lets the push waiting in this instance have the reply now, then waits until it took it or its time is up. */
    private Uni<Void> handToWaitingPush(EventEnvelope<ReplyComposed> reply) {
        waiters.delivered(reply);
        Instant giveUp = Instant.now().plus(config.passiveReplyWithin());
        return untilSettled(reply.conversationId(), reply.payload().messageId(), giveUp);
    }

    private Uni<Void> untilSettled(String conversationId, String messageId, Instant giveUp) {
        return routes.settled(conversationId, messageId).chain(settled -> settled || Instant.now().isAfter(giveUp)
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(LOOK_EVERY)
                        .chain(() -> untilSettled(conversationId, messageId, giveUp)));
    }

    private Uni<Void> sendOnce(EventEnvelope<ReplyComposed> reply, String openid, int index, String text) {
        String key = "gateway:wechat:sent:" + reply.conversationId() + ":" + reply.payload().messageId() + ":"
                + reply.eventId() + ":" + index;
        return sent.get(key).chain(done -> done != null ? Uni.createFrom().voidItem()
                : api.sendText(openid, text).call(() -> sent.setex(key, remembered.toSeconds(), "1")));
    }
}
