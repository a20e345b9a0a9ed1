package com.shopmate.gateway.sms;

import com.shopmate.errors.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;

/**
 * A stand-in SMS provider inside the gateway for local runs: it accepts Twilio Messages API calls, records them and
 * lists them, so SMS can be tried without a provider account. Off when {@code shopmate.sms.sandbox.enabled=false}.
 */
@Path("/v1/sms/sandbox")
public class SmsSandboxResource {

    private final SmsSandboxOutbox outbox;
    private final SmsConfig config;

    public SmsSandboxResource(SmsSandboxOutbox outbox, SmsConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    @POST
    @Path("/2010-04-01/Accounts/{accountSid}/Messages.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sandbox provider: record an outbound SMS (Twilio Messages API format)")
    public SmsSandboxOutbox.SandboxMessage send(@PathParam("accountSid") String accountSid,
                                                @FormParam("To") String to, @FormParam("From") String from,
                                                @FormParam("Body") String body) {
        requireEnabled();
        return outbox.record(PhoneNumbers.requireE164("To", to), from, body);
    }

    @GET
    @Path("/outbox")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sandbox provider: the SMS sent to a number, oldest first")
    public Map<String, List<SmsSandboxOutbox.SandboxMessage>> outbox(@QueryParam("to") String to) {
        requireEnabled();
        // An unencoded '+' in a query string arrives as a space: accept "?to=+86..." typed by hand.
        String recipient = to == null ? null : to.strip();
        if (recipient != null && !recipient.isEmpty() && Character.isDigit(recipient.charAt(0))) {
            recipient = "+" + recipient;
        }
        return Map.of("messages", outbox.sentTo(PhoneNumbers.requireE164("to", recipient)));
    }

    private void requireEnabled() {
        if (!config.sandbox().enabled()) {
            throw new ApiException(404, "not_found", "the SMS sandbox is disabled (shopmate.sms.sandbox.enabled)");
        }
    }
}
