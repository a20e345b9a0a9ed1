package com.shopmate.recommendation.errors;

import com.shopmate.errors.ApiErrors;
import com.shopmate.errors.ApiException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure of the admin API becomes a JSON {@link com.shopmate.errors.ApiError}; no stack trace reaches a
 * caller.
 */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    @ServerExceptionMapper
    public Response refused(ApiException e) {
        return ApiErrors.of(e);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        return ApiErrors.of(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return ApiErrors.json(500, "internal",
                "recommendation-service failed to handle the request; it has been logged");
    }
}
