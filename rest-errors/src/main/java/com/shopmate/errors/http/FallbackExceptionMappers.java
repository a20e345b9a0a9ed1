package com.shopmate.errors.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.shopmate.errors.ApiErrors;
import com.shopmate.errors.ApiException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The JSON error of every service that maps no exception itself, and of every exception a service's own mappers
 * leave out: a service's mapper of the same exception wins (theirs have the default priority, these a lower one).
 */
public class FallbackExceptionMappers {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMappers.class);
    private static final int FALLBACK = Priorities.USER + 1000;
    private static final int BEFORE_QUARKUS_JACKSON = Priorities.USER + 50;

    @ServerExceptionMapper(priority = FALLBACK)
    public Response refused(ApiException e) {
        return ApiErrors.of(e);
    }

    @ServerExceptionMapper(priority = FALLBACK)
    public Response unreadable(JsonProcessingException e) {
        return unreadableBody();
    }

    // Quarkus REST maps this one itself, at priority USER + 100, to an empty 400: only a mapper of the very same
    // type with a higher priority comes before it; a service's own (USER) still comes before this one.
    @ServerExceptionMapper(priority = BEFORE_QUARKUS_JACKSON)
    public Response wrongShape(MismatchedInputException e) {
        return unreadableBody();
    }

    @ServerExceptionMapper(priority = FALLBACK)
    public Response http(WebApplicationException e) {
        // Quarkus REST reports a body its reader could not parse as a bare 400 around the parser's exception.
        if (e.getResponse().getStatus() == 400 && e.getCause() != null) {
            return unreadableBody();
        }
        return ApiErrors.of(e);
    }

    // Not the parser's message: it quotes the body and names the endpoint's classes.
    private static Response unreadableBody() {
        return ApiErrors.json(400, "invalid_body", "the request body cannot be read as this endpoint's input");
    }

    @ServerExceptionMapper(priority = FALLBACK)
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return ApiErrors.json(500, "internal", "the service failed to handle the request; it has been logged");
    }
}
