package com.shopmate.gateway.identity;

import com.shopmate.errors.ApiException;
import com.shopmate.events.ShopperIdentity;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A conversation belongs to the identity that opened it: a customer (their app token's {@code sub}) or an anonymous
 * visitor, who gets a visitor token with the answer to their first message and sends it as
 * {@code Authorization: Bearer} from then on. Anyone else is refused (403), whatever they know of the conversation's
 * id. The owner is kept in Redis under gateway-owned keys; a visitor token only as its SHA-256.
 */
@ApplicationScoped
public class ConversationAccess {

    /** Visitor tokens start so, which tells them from the shop's JWTs (those start {@code ey}). */
    static final String VISITOR_TOKEN_PREFIX = "vt_";
    private static final int VISITOR_TOKEN_BYTES = 24;
    private static final String CUSTOMER = "customer:";
    private static final String VISITOR = "visitor:";
    // Fields of a conversation's owner record, a Redis hash: who owns it and, after an order code, for which order.
    private static final String OWNER = "owner";
    private static final String PHONE = "phone";
    private static final String ORDER_ID = "orderId";

    private final ReactiveRedisDataSource redis;
    private final AppTokens appTokens;
    private final Duration ownerTtl;
    private final Duration dedupeTtl;
    private final SecureRandom random = new SecureRandom();

    ConversationAccess(ReactiveRedisDataSource redis, AppTokens appTokens,
                       @ConfigProperty(name = "shopmate.identity.conversation-ttl") Duration ownerTtl,
                       @ConfigProperty(name = "shopmate.gateway.dedupe-ttl") Duration dedupeTtl) {
        this.redis = redis;
        this.appTokens = appTokens;
        this.ownerTtl = ownerTtl;
        this.dedupeTtl = dedupeTtl;
    }

    /** Who may post a message: the verified identity (null: anonymous) and, for a new visitor, their token. */
    public record Admission(ShopperIdentity identity, String visitorToken) {
    }

    /**
     * Admits one message of the conversation, or fails with 401 (a token that is not valid) or 403 (the
     * conversation is someone else's). The first anonymous message of a conversation makes its visitor token; a
     * re-send of that message (same messageId, no credential yet) gets the same token again.
     */
    public Uni<Admission> admitMessage(String conversationId, String messageId, String authorization) {
        String token = bearer(authorization);
        if (token == null) {
            return firstVisitor(conversationId, messageId);
        }
        if (token.startsWith(VISITOR_TOKEN_PREFIX)) {
            // A visitor is nobody verified, unless an order code made the conversation theirs for one order.
            return ownedBy(conversationId, VISITOR + sha256(token))
                    .map(record -> new Admission(verifiedForOrder(record), null));
        }
        String customerId = appTokens.customerId(token);
        return claimOrOwned(conversationId, CUSTOMER + customerId)
                .replaceWith(new Admission(ShopperIdentity.customer(customerId), null));
    }

    /**
     * Admits a reply stream: a customer's token (which may open the conversation) or the conversation's visitor
     * token; anonymous streams are refused, since nobody owns what they would hear.
     */
    public Uni<ShopperIdentity> admitStream(String conversationId, String token) {
        if (token == null || token.isBlank()) {
            return Uni.createFrom().failure(new ApiException(401, "credential_required", "a reply stream needs the"
                    + " conversation's visitor token or a customer token (?access_token= or Authorization)"));
        }
        if (token.startsWith(VISITOR_TOKEN_PREFIX)) {
            return ownedBy(conversationId, VISITOR + sha256(token)).map(ConversationAccess::verifiedForOrder);
        }
        String customerId = appTokens.customerId(token);
        return claimOrOwned(conversationId, CUSTOMER + customerId).replaceWith(ShopperIdentity.customer(customerId));
    }

    /**
     * Admits the conversation's owner to read what was said in it: 401 without a credential, 403 with another's,
     * 404 for a conversation nobody opened (a read never opens one).
     */
    public Uni<Void> admitReader(String conversationId, String authorization) {
        String token = bearer(authorization);
        if (token == null) {
            return Uni.createFrom().failure(new ApiException(401, "credential_required", "send the conversation's"
                    + " visitor token or your customer token as Authorization: Bearer"));
        }
        String owner = token.startsWith(VISITOR_TOKEN_PREFIX) ? VISITOR + sha256(token)
                : CUSTOMER + appTokens.customerId(token);
        return redis.hash(String.class).hgetall(ownerKey(conversationId)).map(record -> {
            if (record == null || record.isEmpty()) {
                throw new ApiException(404, "conversation_not_found", "no conversation " + conversationId
                        + " was opened, or it was forgotten");
            }
            return ownersOnly(record, owner);
        }).replaceWithVoid();
    }

    /**
     * Admits the visitor who owns the conversation (by its visitor token), for what only they may do, such as asking
     * for an order code: 401 without a visitor token, 403 with another's, 409 for a logged-in customer (already
     * verified for their own orders).
     */
    public Uni<Void> admitOwningVisitor(String conversationId, String authorization) {
        String token = bearer(authorization);
        if (token == null) {
            return Uni.createFrom().failure(new ApiException(401, "credential_required",
                    "send the conversation's visitor token as Authorization: Bearer"));
        }
        if (!token.startsWith(VISITOR_TOKEN_PREFIX)) {
            appTokens.customerId(token);
            return Uni.createFrom().failure(new ApiException(409, "already_verified",
                    "a logged-in customer is verified for their own orders already"));
        }
        return ownedBy(conversationId, VISITOR + sha256(token)).replaceWithVoid();
    }

    /** From now on the visitor's conversation is verified for the order, by the phone its code went to. */
    public Uni<Void> verifiedForOrder(String conversationId, ShopperIdentity identity) {
        return redis.hash(String.class).hset(ownerKey(conversationId),
                Map.of(PHONE, identity.phone(), ORDER_ID, identity.orderId())).replaceWithVoid();
    }

    /** The token of {@code Authorization: Bearer <token>}, or null without one. */
    static String bearer(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return null;
        }
        String value = authorization.strip();
        if (!value.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            throw new ApiException(401, "invalid_token", "Authorization must be 'Bearer <token>'");
        }
        String token = value.substring("bearer ".length()).strip();
        return token.isEmpty() ? null : token;
    }

    private Uni<Admission> firstVisitor(String conversationId, String messageId) {
        String token = VISITOR_TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(randomBytes());
        return claim(conversationId, VISITOR + sha256(token)).chain(claimed -> {
            if (claimed) {
                // Kept for the dedupe window: a client that lost the answer re-sends and hears it again.
                return redis.value(String.class).setex(firstMessageKey(conversationId, messageId),
                        dedupeTtl.toSeconds(), token).replaceWith(new Admission(null, token));
            }
            return redis.value(String.class).get(firstMessageKey(conversationId, messageId)).map(earlier -> {
                if (earlier == null) {
                    throw notYours();
                }
                return new Admission(null, earlier);
            });
        });
    }

    /**
     * The conversation's owner record, when {@code owner} is its owner; a conversation nobody owns yet becomes
     * {@code owner}'s. One Redis read per message once the conversation is open.
     */
    private Uni<Map<String, String>> claimOrOwned(String conversationId, String owner) {
        return redis.hash(String.class).hgetall(ownerKey(conversationId)).chain(record -> {
            if (record != null && !record.isEmpty()) {
                return Uni.createFrom().item(ownersOnly(record, owner));
            }
            return claim(conversationId, owner).chain(claimed -> claimed
                    ? Uni.createFrom().item(Map.of(OWNER, owner)) : ownedBy(conversationId, owner));
        });
    }

    private Uni<Map<String, String>> ownedBy(String conversationId, String owner) {
        return redis.hash(String.class).hgetall(ownerKey(conversationId)).map(record -> ownersOnly(record, owner));
    }

    /** Makes {@code owner} the owner of a conversation nobody owns; false when someone was first. */
    private Uni<Boolean> claim(String conversationId, String owner) {
        String key = ownerKey(conversationId);
        return redis.hash(String.class).hsetnx(key, OWNER, owner).call(claimed -> claimed
                ? redis.key().expire(key, ownerTtl) : Uni.createFrom().voidItem());
    }

    private static Map<String, String> ownersOnly(Map<String, String> record, String owner) {
        if (record == null || !owner.equals(record.get(OWNER))) {
            throw notYours();
        }
        return record;
    }

    private static ShopperIdentity verifiedForOrder(Map<String, String> record) {
        return record.containsKey(ORDER_ID) ? ShopperIdentity.orderCode(record.get(PHONE), record.get(ORDER_ID)) : null;
    }

    private static ApiException notYours() {
        return new ApiException(403, "conversation_not_yours", "this conversation belongs to another shopper;"
                + " start a new one, or send its visitor token or your customer token");
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[VISITOR_TOKEN_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String ownerKey(String conversationId) {
        return "gateway:owner:" + conversationId;
    }

    private static String firstMessageKey(String conversationId, String messageId) {
        return "gateway:visitor-token:" + conversationId + ":" + messageId;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
