package com.shopmate.errors.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * Refuses, with a JSON error, a WebSocket handshake Vert.x would refuse with an empty body: a method other than GET,
 * no {@code Connection: Upgrade}, a protocol version it does not speak. A request that only looks like one (no
 * {@code Sec-WebSocket-Key}) is left alone, as the WebSocket endpoints leave it to the other routes.
 */
@Singleton
public class WebSocketHandshakeFilter {

    // The versions Vert.x' server accepts; browsers send 13.
    private static final Set<String> VERSIONS = Set.of("13", "8", "7");

    void register(@Observes Filters filters) {
        filters.register(this::check, RequestLimitsFilter.PRIORITY);
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!request.headers().contains("Sec-WebSocket-Key")
                || !request.headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
            ctx.next();
            return;
        }
        if (request.method() != HttpMethod.GET) {
            JsonErrorResponses.send(ctx, 405, "method_not_allowed", "a WebSocket handshake is a GET");
        } else if (!request.headers().contains(HttpHeaders.CONNECTION, HttpHeaders.UPGRADE, true)) {
            JsonErrorResponses.send(ctx, 400, "bad_request", "a WebSocket handshake says Connection: Upgrade");
        } else if (!VERSIONS.contains(String.valueOf(request.getHeader("Sec-WebSocket-Version")))) {
            ctx.response().putHeader("Sec-WebSocket-Version", "13");
            JsonErrorResponses.send(ctx, 426, "upgrade_required", "WebSocket version 13 only");
        } else {
            ctx.next();
        }
    }
}
