package com.shopmate.gateway.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopmate.errors.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for WeChat's API inside the gateway, for local runs: it hands out access tokens and records
 * customer-service messages instead of sending them, so the slow-reply path can be tried without an official account
 * ({@code ./shopmate wechat} reads the outbox). Off unless {@code shopmate.wechat.sandbox.enabled=true}.
 */
@Path("/v1/wechat/sandbox")
@Produces(MediaType.APPLICATION_JSON)
public class WeChatSandboxResource {

    static final int KEPT_PER_OPENID = 100;
    private static final int TOKEN_LIFETIME_SECONDS = 7200;

    private final Map<String, Deque<SentMessage>> byOpenid = new ConcurrentHashMap<>();
    private final WeChatConfig config;

    WeChatSandboxResource(WeChatConfig config) {
        this.config = config;
    }

    public record SentMessage(String openid, String content, Instant sentAt) {
    }

    @GET
    @Path("/cgi-bin/token")
    @Operation(summary = "Sandbox WeChat API: an access token")
    public Map<String, Object> accessToken(@QueryParam("appid") String appId, @QueryParam("secret") String secret) {
        requireEnabled();
        return Map.of("access_token", "sandbox-" + UUID.randomUUID(), "expires_in", TOKEN_LIFETIME_SECONDS);
    }

    @POST
    @Path("/cgi-bin/message/custom/send")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Sandbox WeChat API: record a customer-service text message")
    public Map<String, Object> send(@QueryParam("access_token") String accessToken, JsonNode message) {
        requireEnabled();
        String openid = message.path("touser").asText("");
        if (accessToken == null || accessToken.isBlank() || openid.isEmpty()) {
            return Map.of("errcode", 40003, "errmsg", "invalid openid or access_token");
        }
        Deque<SentMessage> sent = byOpenid.computeIfAbsent(openid, k -> new ArrayDeque<>());
        synchronized (sent) {
            sent.addLast(new SentMessage(openid, message.path("text").path("content").asText(""), Instant.now()));
            if (sent.size() > KEPT_PER_OPENID) {
                sent.removeFirst();
            }
        }
        return Map.of("errcode", 0, "errmsg", "ok");
    }

    @GET
    @Path("/outbox")
    @Operation(summary = "Sandbox WeChat API: the customer-service messages sent to an openid, oldest first")
    public Map<String, List<SentMessage>> outbox(@QueryParam("openid") String openid) {
        requireEnabled();
        Deque<SentMessage> sent = byOpenid.getOrDefault(OpenIds.require("openid", openid), new ArrayDeque<>());
        synchronized (sent) {
            return Map.of("messages", List.copyOf(sent));
        }
    }

    private void requireEnabled() {
        if (!config.sandbox().enabled()) {
            throw new ApiException(404, "not_found", "the WeChat sandbox is disabled (shopmate.wechat.sandbox.enabled)");
        }
    }
}
