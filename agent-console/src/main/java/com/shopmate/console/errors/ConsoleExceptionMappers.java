package com.shopmate.console.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.shopmate.errors.ApiErrors;
import com.shopmate.errors.ApiException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure of the console's HTTP API becomes a JSON {@link com.shopmate.errors.ApiError}; never a stack trace. */
public class ConsoleExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ConsoleExceptionMappers.class);

    @ServerExceptionMapper
    public Response refused(ApiException e) {
        return ApiErrors.of(e);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return ApiErrors.json(401, "unauthorized", "sign in first (POST j_username and j_password to /j_security_check)");
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return ApiErrors.json(401, "unauthorized", "sign in first (POST j_username and j_password to /j_security_check)");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ApiErrors.json(403, "forbidden", "agents and supervisors only");
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return ApiErrors.json(400, "invalid_body", unreadable.getOriginalMessage());
        }
        return ApiErrors.of(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return ApiErrors.json(500, "internal", "the agent console failed to handle the request; it has been logged");
    }
}
