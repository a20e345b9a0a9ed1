package com.shopmate.console.agents;

import com.shopmate.errors.http.JsonErrorResponses;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Refuses a sign-in post that is not a form with a JSON 415. Quarkus' form authentication decodes the body as a form
 * whatever its type, and fails with a 500 on one without a form content type.
 */
@Singleton
public class SignInFormFilter {

    static final String SIGN_IN_PATH = "/j_security_check";
    // Before authentication (priority 200), where the form mechanism reads the sign-in's body; after CORS (300).
    private static final int PRIORITY = 250;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext ctx) {
        if (ctx.request().method() == HttpMethod.POST && SIGN_IN_PATH.equals(ctx.normalizedPath())
                && !isForm(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            JsonErrorResponses.send(ctx, 415, "unsupported_media_type",
                    "sign in with a form: application/x-www-form-urlencoded j_username and j_password");
            return;
        }
        ctx.next();
    }

    static boolean isForm(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded");
    }
}
