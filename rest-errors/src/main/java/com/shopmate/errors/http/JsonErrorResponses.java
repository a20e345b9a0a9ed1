package com.shopmate.errors.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writes an {@link com.shopmate.errors.ApiError} body from Vert.x code, outside JAX-RS and its mappers. */
public final class JsonErrorResponses {

    private JsonErrorResponses() {
    }

    public static void send(RoutingContext ctx, int status, String code, String message) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            // Too late for a status: the client already has one, only the connection can say it failed.
            response.close();
            return;
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(body(code, message));
    }

    static String body(String code, String message) {
        return new JsonObject().put("error", code).put("message", message).encode();
    }
}
