package com.shopmate.gateway.errors;

import com.shopmate.errors.ApiError;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a declared body over the limit with a JSON 413 before anything reads it. (Vert.x's own limit, set by
 * {@code quarkus.http.limits.max-body-size}, still guards chunked bodies, but answers without a JSON body.)
 */
public class BodySizeLimitFilter {

    @ConfigProperty(name = "shopmate.gateway.max-body-bytes")
    long maxBodyBytes;

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && exceeds(declared)) {
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(Json.encode(new ApiError("body_too_large",
                                "request body is " + declared + " bytes; the limit is " + maxBodyBytes)));
                return;
            }
            ctx.next();
        }, 100);
    }

    private boolean exceeds(String declared) {
        try {
            return Long.parseLong(declared.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
