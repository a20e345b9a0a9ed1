package com.shopmate.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Builds the JSON error responses, so that every service's exception mappers answer alike. Each service keeps its
 * own mappers: which exceptions it can meet (malformed JSON bodies, say) differs.
 */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static Response json(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(code, message))
                .build();
    }

    public static Response of(ApiException e) {
        return json(e.status(), e.code(), e.getMessage());
    }

    /** An HTTP-level refusal (no such path, wrong method...) with a code named after its status. */
    public static Response of(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String reason = known == null ? "HTTP " + status : known.getReasonPhrase();
        return json(status, codeFor(status), e.getMessage() == null ? reason : e.getMessage());
    }

    static String codeFor(int status) {
        return switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "body_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal" : "bad_request";
        };
    }
}
