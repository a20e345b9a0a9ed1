package com.shopmate.gateway.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.shopmate.errors.ApiErrors;
import com.shopmate.errors.ApiException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/** Every failure becomes a JSON {@link com.shopmate.errors.ApiError}; no stack trace ever reaches a client. */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    @ServerExceptionMapper
    public Response refused(ApiException e) {
        return ApiErrors.of(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return json(400, "malformed_json", "request body is not valid JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        String field = path(e);
        String message = field.isEmpty() ? "the body must be a JSON object"
                : "field '" + field + "' must be " + describe(e.getTargetType());
        return json(400, "invalid_type", message);
    }

    @ServerExceptionMapper
    public Response unmappable(JsonMappingException e) {
        return json(400, "invalid_body", "request body cannot be read: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        // Quarkus REST reports a body it could not parse as a bare 400 around the parser's exception.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return malformedJson(parse);
            }
            if (cause instanceof MismatchedInputException mismatch) {
                return wrongShape(mismatch);
            }
        }
        return ApiErrors.of(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (UnavailableDependency.causes(e)) {
            // Redis or Kafka down or saturated: said once per failure, without a stack trace per request.
            LOG.warnf("a message could not be handled, Redis or Kafka unavailable: %s", e.toString());
            return Response.fromResponse(json(503, "temporarily_unavailable", "the service is temporarily"
                    + " unavailable; retry shortly (with the same messageId)")).header("Retry-After", "2").build();
        }
        LOG.error("unexpected failure", e);
        return json(500, "internal", "the gateway failed to handle the request; it has been logged");
    }

    private static Response json(int status, String code, String message) {
        return ApiErrors.json(status, code, message);
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        return "a " + type.getSimpleName();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName()
                : "[" + ref.getIndex() + "]").collect(Collectors.joining("."));
    }
}
