package com.shopmate.shop.http;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns the shop API's error statuses into the two failures the HTTP back end's guards tell apart. */
final class ShopApiResponses implements ResponseExceptionMapper<RuntimeException> {

    // The error body says why; a shop's server may send a long page: enough of it for a log line.
    private static final int MAX_BODY_CHARS = 300;

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        String message = "shop API answered " + status + ": " + body(response);
        return status >= 400 && status < 500 ? new ShopApiRefusedException(status, message)
                : new ShopApiFailedException(message);
    }

    private static String body(Response response) {
        try {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            return body.length() > MAX_BODY_CHARS ? body.substring(0, MAX_BODY_CHARS) + "..." : body;
        } catch (RuntimeException unreadable) {
            return "(no readable body)";
        }
    }
}
