package com.shopmate.gateway.wechat;

import com.shopmate.errors.ApiException;
import com.shopmate.events.Channel;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.gateway.publishing.InboundMessage;
import com.shopmate.gateway.publishing.UtterancePublisher;
import com.shopmate.gateway.rendering.PlainTextReply;
import com.shopmate.gateway.rendering.ReplyOptions;
import com.shopmate.gateway.replies.ReplyWaiters;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

/**
 * WeChat's message push for the official account. GET is WeChat's check of the server URL (echo {@code echostr});
 * POST carries one XML message. Every request must be signed with the account's Token ({@link PushSignature}).
 * <p>
 * A text message becomes one utterance in conversation {@code wechat:<openid>}, messageId = MsgId: WeChat pushes the
 * same message again when it hears nothing within 5 s, and the dedupe makes those retries harmless. The push then
 * waits for the bot's reply up to {@code passive-reply-within}: ready in time, it is the passive answer (what
 * does not fit one text goes on through the API); otherwise the push answers {@code success} (nothing) at once and
 * {@link WeChatReplyChannel} sends the reply through the customer-service API when it comes. A retry that arrives once
 * the reply is ready gets it passively, unless the API already has it ({@link PassiveOrApi}).
 */
@Path("/v1/wechat/push")
public class WeChatPushResource {

    private static final Logger LOG = Logger.getLogger(WeChatPushResource.class);
    /** What WeChat takes as "received, no reply". */
    static final String NO_REPLY = "success";

    private final PushSignature signature;
    private final PushMessages messages;
    private final UtterancePublisher publisher;
    private final ReplyOptions options;
    private final ReplyWaiters waiters;
    private final PassiveOrApi routes;
    private final OpenidBindings bindings;
    private final ShopperLanguages languages;
    private final WeChatConfig config;
    private final MeterRegistry metrics;

    WeChatPushResource(PushSignature signature, PushMessages messages, UtterancePublisher publisher,
                       ReplyOptions options, ReplyWaiters waiters, PassiveOrApi routes, OpenidBindings bindings,
                       ShopperLanguages languages, WeChatConfig config, MeterRegistry metrics) {
        this.signature = signature;
        this.messages = messages;
        this.publisher = publisher;
        this.options = options;
        this.waiters = waiters;
        this.routes = routes;
        this.bindings = bindings;
        this.languages = languages;
        this.config = config;
        this.metrics = metrics;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "WeChat's server verification: echoes echostr when the request is signed with the Token")
    public String verifyServer(@QueryParam("signature") String sig, @QueryParam("timestamp") String timestamp,
                               @QueryParam("nonce") String nonce, @QueryParam("echostr") String echostr) {
        signature.verify(sig, timestamp, nonce);
        if (echostr == null || echostr.isBlank()) {
            throw ApiException.badRequest("missing_echostr", "WeChat's verification carries echostr");
        }
        return echostr;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "WeChat's message push (XML): answered passively, or 'success' and the reply sent later")
    public Uni<Response> receivePush(@QueryParam("signature") String sig, @QueryParam("timestamp") String timestamp,
                                 @QueryParam("nonce") String nonce, @QueryParam("encrypt_type") String encryptType,
                                 @QueryParam("msg_signature") String msgSignature,
                                 @HeaderParam("traceparent") String traceparent, String body) {
        Instant deadline = Instant.now().plus(config.passiveReplyWithin());
        signature.verify(sig, timestamp, nonce);
        boolean encrypted = PushMessages.AES.equalsIgnoreCase(encryptType);
        WxMpXmlMessage message = messages.read(body, encryptType, timestamp, nonce, msgSignature);
        String openid = OpenIds.require("FromUserName", message.getFromUser());
        Push push = new Push(message, openid, encrypted, deadline);
        return switch (message.getMsgType()) {
            case WxConsts.XmlMsgType.TEXT -> text(push, traceparent);
            case WxConsts.XmlMsgType.EVENT -> event(push);
            // Image, voice, video, location, link...: the bot reads text only, for now.
            default -> languages.of(openid).map(language -> answer(push, config.textOnly().in(language)));
        };
    }

    private Uni<Response> text(Push push, String traceparent) {
        WxMpXmlMessage message = push.message();
        if (message.getMsgId() == null) {
            throw ApiException.badRequest("missing_msg_id", "a WeChat text message carries MsgId");
        }
        String messageId = String.valueOf(message.getMsgId());
        String content = message.getContent() == null ? "" : message.getContent().strip();
        if (content.isEmpty()) {
            return Uni.createFrom().item(noReply());
        }
        String text = shortened(content);
        String conversationId = OpenIds.conversationId(push.openid());
        // Said before publishing: the reply cannot come before the utterance, so the reply channel always sees it.
        return routes.pushWaits(conversationId, messageId, config.passiveReplyWithin())
                .chain(() -> bindings.identityOf(push.openid()))
                .chain(identity -> options.understood(conversationId, text)
                        .chain(understood -> publisher.publishOnce(new InboundMessage(conversationId, messageId,
                                understood, null, Channel.WECHAT, push.openid(), traceparent, identity))))
                // WeChat's retry while the first push is still publishing: that one publishes, this one waits too.
                .onFailure(e -> e instanceof ApiException api && api.status() == 409).recoverWithItem(false)
                .chain(() -> waiters.await(conversationId, messageId, timeLeft(push)))
                .chain(reply -> passiveAnswer(push, messageId, reply))
                .onFailure(e -> e instanceof ApiException api && api.status() == 504).recoverWithItem(noReply());
    }

    /** The reply as the passive answer if it is this message's and the API has not taken it, else nothing. */
    private Uni<Response> passiveAnswer(Push push, String messageId, EventEnvelope<ReplyComposed> reply) {
        // A message held for an agent has no answer yet; an agent's message (another messageId) goes by the API.
        if (reply.payload().isHeldForAgent() || !messageId.equals(reply.payload().messageId())
                || Instant.now().isAfter(push.deadline())) {
            return Uni.createFrom().item(noReply());
        }
        return routes.claimPassive(reply.conversationId(), messageId).map(route -> route == PassiveOrApi.Route.API
                ? noReply() : answer(push, ReplyText.pieces(PlainTextReply.texts(reply.payload())).get(0)));
    }

    private Uni<Response> event(Push push) {
        String event = push.message().getEvent();
        metrics.counter("shopmate.gateway.wechat.events", "event", event == null ? "none" : event).increment();
        if (WxConsts.EventType.SUBSCRIBE.equals(event)) {
            LOG.infof("WeChat openid %s followed the account", OpenIds.forLogs(push.openid()));
            return languages.of(push.openid()).map(language -> answer(push, config.greeting().in(language)));
        }
        if (WxConsts.EventType.UNSUBSCRIBE.equals(event)) {
            // Nothing can reach them any more; the binding stays, should they follow again.
            LOG.infof("WeChat openid %s unfollowed the account", OpenIds.forLogs(push.openid()));
        }
        return Uni.createFrom().item(noReply());
    }

    private static String shortened(String text) {
        if (text.codePointCount(0, text.length()) <= UtteranceReceived.MAX_TEXT_LENGTH) {
            return text;
        }
        // Refusing would only make WeChat push it three more times: the bot reads its start.
        return text.substring(0, text.offsetByCodePoints(0, UtteranceReceived.MAX_TEXT_LENGTH));
    }

    private static Duration timeLeft(Push push) {
        Duration left = Duration.between(Instant.now(), push.deadline());
        return left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left;
    }

    private static Response noReply() {
        return Response.ok(NO_REPLY, MediaType.TEXT_PLAIN).build();
    }

    /** One push being answered. */
    private record Push(WxMpXmlMessage message, String openid, boolean encrypted, Instant deadline) {
    }

    private Response answer(Push push, String text) {
        return Response.ok(messages.textReply(push.message(), text, push.encrypted()), MediaType.APPLICATION_XML)
                .build();
    }
}
