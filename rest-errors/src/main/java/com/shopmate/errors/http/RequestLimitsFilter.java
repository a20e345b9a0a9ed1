package com.shopmate.errors.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * Refuses, with a JSON error, a request whose declared body or whose headers are over the limits, before anything
 * reads it; a chunked body, which declares no length, is read here up to the limit, and one over it fails the route
 * with 413, which {@link FrameworkErrorsAsJson} answers. Quarkus and Vert.x enforce the same limits themselves but
 * answer with an empty or plain-text body. Vert.x closes the connection on headers over
 * {@code quarkus.http.limits.max-header-size} before any route sees them: that limit is kept well above
 * {@code shopmate.http.max-header-size}, so this filter is the one a client meets.
 */
@Singleton
public class RequestLimitsFilter {

    // Before authentication (priority 200: form sign-in reads the body) and Quarkus' own Content-Length check (a
    // route of order -2, which answers 413 with no body); after CORS (300), so a refusal still carries its headers.
    static final int PRIORITY = 250;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    @ConfigProperty(name = "shopmate.http.max-header-size", defaultValue = "16K")
    MemorySize maxHeaderSize;

    private BodyHandler chunkedBodies;

    @PostConstruct
    void createBodyReader() {
        // Quarkus REST serves the body read here (RoutingContext.body()) instead of reading it again.
        chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext ctx) {
        long declared = declaredBodyBytes(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared > maxBodySize.asLongValue()) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            JsonErrorResponses.send(ctx, 413, "body_too_large",
                    "request body is " + declared + " bytes; the limit is " + maxBodySize.asLongValue());
            return;
        }
        long headerBytes = headerBytes(ctx.request().headers());
        if (headerBytes > maxHeaderSize.asLongValue()) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            JsonErrorResponses.send(ctx, 431, "headers_too_large",
                    "request headers are " + headerBytes + " bytes; the limit is " + maxHeaderSize.asLongValue());
            return;
        }
        // Chunked over HTTP/1.1 and any body over HTTP/2 come without a length.
        if (declared < 0 && carriesBody(ctx.request().method())) {
            chunkedBodies.handle(ctx);
            return;
        }
        ctx.next();
    }

    private static boolean carriesBody(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
    }

    /** The declared length, or -1 when there is none (chunked) or it is not a number (Vert.x refuses that). */
    static long declaredBodyBytes(String contentLength) {
        if (contentLength == null) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Counted as on the wire: {@code name: value\r\n} per header. */
    static long headerBytes(MultiMap headers) {
        long total = 0;
        for (Map.Entry<String, String> header : headers) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }
}
