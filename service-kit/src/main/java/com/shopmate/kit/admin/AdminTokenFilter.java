package com.shopmate.kit.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.errors.ApiError;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Every request under {@code /admin/} needs the deployment's admin token as {@code Authorization: Bearer <token>}:
 * 401 without it or with another, 503 when no token is configured (the admin API is off unless an operator turns
 * it on). A Vert.x filter, so it runs before any route, JAX-RS or not, on the path as Vert.x routes it
 * (normalised: {@code //admin/./x} is {@code /admin/x}); health and metrics stay open.
 */
@Singleton
public class AdminTokenFilter {

    static final String ADMIN_PATH = "/admin";
    // Above the default filters: nothing of an admin request is handled before its token is checked.
    private static final int PRIORITY = 1_000;
    private static final Logger LOG = Logger.getLogger(AdminTokenFilter.class);

    private final AdminToken token;
    private final ObjectMapper json;

    AdminTokenFilter(AdminConfig config, ObjectMapper json) {
        this.token = AdminToken.of(config.token());
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void sayWhetherAdminIsOn(@Observes StartupEvent started) {
        if (!token.configured()) {
            LOG.info("no admin token (shopmate.admin.token / SHOPMATE_ADMIN_TOKEN): the /admin API answers 503");
        }
    }

    static boolean isAdminPath(String normalisedPath) {
        return normalisedPath != null
                && (normalisedPath.equals(ADMIN_PATH) || normalisedPath.startsWith(ADMIN_PATH + "/"));
    }

    private void check(RoutingContext request) {
        if (!isAdminPath(request.normalizedPath())) {
            request.next();
        } else if (!token.configured()) {
            refuse(request, 503, new ApiError("admin_disabled", "the admin API is disabled: no admin token is"
                    + " configured (set shopmate.admin.token, env SHOPMATE_ADMIN_TOKEN)"));
        } else if (!token.acceptsHeader(request.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            LOG.warnf("refused %s %s from %s: no valid admin token", request.request().method(),
                    request.normalizedPath(), request.request().remoteAddress());
            request.response().putHeader("WWW-Authenticate", "Bearer realm=\"shopmate-admin\"");
            refuse(request, 401, new ApiError("unauthorized", "admin requests need the deployment's admin token"
                    + " as 'Authorization: Bearer <token>' (the local stack keeps it in .shopmate/admin-token)"));
        } else {
            request.next();
        }
    }

    private void refuse(RoutingContext request, int status, ApiError error) {
        String body;
        try {
            body = json.writeValueAsString(error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        request.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(body);
    }
}
