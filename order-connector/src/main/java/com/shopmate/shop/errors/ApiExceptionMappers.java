package com.shopmate.shop.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.shopmate.errors.ApiErrors;
import com.shopmate.errors.ApiException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure of order-connector's HTTP API (the admin API, the shop API) becomes a JSON
 * {@link com.shopmate.errors.ApiError}; no stack trace reaches a caller.
 */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    @ServerExceptionMapper
    public Response refused(ApiException e) {
        return ApiErrors.of(e);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        // A body that is not the record it should be (malformed, a required field missing): say what is wrong.
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return ApiErrors.json(400, "invalid_body", unreadable.getOriginalMessage());
        }
        return ApiErrors.of(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return ApiErrors.json(500, "internal", "order-connector failed to handle the request; it has been logged");
    }
}
