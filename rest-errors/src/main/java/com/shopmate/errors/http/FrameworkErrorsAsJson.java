package com.shopmate.errors.http;

import com.shopmate.errors.ApiErrors;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.concurrent.RejectedExecutionException;

/**
 * Gives the errors that never reach a JAX-RS exception mapper the same JSON body as those that do: no route for the
 * path (404) or the method (405), a chunked body over the limit (413 from Vert.x's body reading), a failure in a
 * Vert.x route. Without it Vert.x answers these in plain text or HTML, and Quarkus with an empty body. Refusals of
 * Quarkus security are left to Quarkus: it sends the authentication mechanism's challenge.
 */
@Singleton
public class FrameworkErrorsAsJson {

    private static final Logger LOG = Logger.getLogger(FrameworkErrorsAsJson.class);

    private static final int MAX_ECHOED_PATH = 200;

    // The statuses Vert.x Web itself produces when no route takes a request, or a route fails with one.
    private static final int[] ROUTER_STATUSES = {400, 404, 405, 406, 413, 414, 415, 431, 500, 501, 503};

    void install(@Observes Router router) {
        // Last but one: the services' own failure handlers go first; Quarkus' own (an empty or HTML body) comes
        // after, and sees only the security refusals passed on to it.
        router.route().order(Integer.MAX_VALUE - 1).failureHandler(this::failed);
        for (int status : ROUTER_STATUSES) {
            router.errorHandler(status, this::failed);
        }
    }

    void failed(RoutingContext ctx) {
        if (ctx.response().ended()) {
            // Answered already (Quarkus REST refusing a body too large as it reads it, say): nothing left to say.
            return;
        }
        if (isSecurityRefusal(ctx.failure())) {
            // Quarkus answers these with the challenge of the authentication mechanism (and 403s): its error handler
            // after this one knows how.
            ctx.next();
            return;
        }
        int status = statusOf(ctx);
        if (status >= 500) {
            LOG.errorf(ctx.failure(), "%s %s failed", ctx.request().method(), ctx.request().path());
            JsonErrorResponses.send(ctx, status, ApiErrors.codeFor(status),
                    "the service failed to handle the request; it has been logged");
            return;
        }
        JsonErrorResponses.send(ctx, status, ApiErrors.codeFor(status), messageFor(status, ctx));
    }

    private static boolean isSecurityRefusal(Throwable failure) {
        return failure instanceof AuthenticationException || failure instanceof UnauthorizedException
                || failure instanceof ForbiddenException;
    }

    private static int statusOf(RoutingContext ctx) {
        if (ctx.failure() instanceof RejectedExecutionException) {
            return 503; // no worker thread left: come back later
        }
        if (ctx.failure() instanceof HttpException http) {
            return http.getStatusCode();
        }
        if (ctx.statusCode() > 0) {
            return ctx.statusCode();
        }
        return 500;
    }

    // Our own wording, never the exception's: its message may name classes or echo what the client sent.
    private static String messageFor(int status, RoutingContext ctx) {
        return switch (status) {
            case 404 -> "no such resource: " + ctx.request().method() + " " + shortened(ctx.request().path());
            case 405 -> ctx.request().method() + " is not allowed on " + shortened(ctx.request().path());
            case 413 -> "request body is over the limit";
            case 415 -> "unsupported content type";
            case 431 -> "request headers are over the limit";
            default -> "the request cannot be handled (HTTP " + status + ")";
        };
    }

    private static String shortened(String path) {
        return path == null || path.length() <= MAX_ECHOED_PATH ? path : path.substring(0, MAX_ECHOED_PATH) + "…";
    }
}
