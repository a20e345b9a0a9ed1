package com.shopmate.gateway.sms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.events.ReplyDeliveryFailed;
import jakarta.ws.rs.WebApplicationException;

/**
 * The provider did not take a message, and the gateway has stopped trying: a refusal (4xx but 429) is permanent;
 * 5xx, 429, timeouts and refused connections are worth retrying, and once the retries are spent they are not.
 *
 * @param permanent whether the same message would be refused again
 * @param attempts  calls made to the provider
 */
public class SmsSendFailure extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String reason;
    private final String providerErrorCode;
    private final int attempts;
    private final boolean permanent;

    SmsSendFailure(String message, String reason, String providerErrorCode, int attempts, boolean permanent,
                   Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.providerErrorCode = providerErrorCode;
        this.attempts = attempts;
        this.permanent = permanent;
    }

    /** Whether another call may succeed where this one failed. */
    static boolean mayPass(Throwable failure) {
        if (failure instanceof WebApplicationException refused) {
            int status = refused.getResponse().getStatus();
            return status == 429 || status >= 500;
        }
        // No answer at all: a timeout, a refused or reset connection.
        return true;
    }

    static SmsSendFailure of(Throwable failure, int attempts) {
        if (failure instanceof WebApplicationException refused && !mayPass(refused)) {
            int status = refused.getResponse().getStatus();
            String code = errorCode(refused);
            return new SmsSendFailure("the provider refused the message: HTTP " + status
                    + (code == null ? "" : ", error " + code), ReplyDeliveryFailed.PROVIDER_REJECTED, code, attempts,
                    true, failure);
        }
        String code = failure instanceof WebApplicationException answered ? errorCode(answered) : null;
        return new SmsSendFailure("the provider did not take the message after " + attempts + " attempts, the last"
                + " failing with: " + failure, ReplyDeliveryFailed.RETRIES_EXHAUSTED, code, attempts, false, failure);
    }

    // Twilio answers {"code": 21610, "message": "...", "status": 400}; another provider may say nothing useful.
    private static String errorCode(WebApplicationException refused) {
        try {
            String body = refused.getResponse().readEntity(String.class);
            var code = JSON.readTree(body).path("code");
            return code.isMissingNode() || code.isNull() ? null : code.asText();
        } catch (RuntimeException | java.io.IOException e) {
            return null;
        }
    }

    public String reason() {
        return reason;
    }

    public String providerErrorCode() {
        return providerErrorCode;
    }

    public int attempts() {
        return attempts;
    }

    public boolean permanent() {
        return permanent;
    }
}
