package com.shopmate.gateway.sms;

import com.shopmate.errors.ApiException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stand-in SMS provider inside the gateway for local runs: it accepts Twilio Messages API calls, records them and
 * lists them, so SMS can be tried without a provider account. The list says, for each message the gateway sent as
 * part of a turn, which message it answers, where it sits in the turn and whether the turn handed over, so a
 * client can tell when a turn's replies are complete and put segments together again ({@code ./shopmate sms}).
 * Off when {@code shopmate.sms.sandbox.enabled=false}.
 */
@Path("/v1/sms/sandbox")
public class SmsSandboxResource {

    private final SmsSandboxOutbox outbox;
    private final SentSegments sent;
    private final SmsConfig config;

    public SmsSandboxResource(SmsSandboxOutbox outbox, SentSegments sent, SmsConfig config) {
        this.outbox = outbox;
        this.sent = sent;
        this.config = config;
    }

    /**
     * One message in the outbox; {@code turn}, when the gateway sent it as part of a reply or a keyword's answer:
     * {@code messageId} answered, {@code message} (from 0), {@code segment} of {@code segments} (from 1),
     * {@code last} of the turn, {@code handoff}.
     */
    public record OutboxMessage(String sid, String to, String from, String body, String status, String dateCreated,
                                String statusCallback, Turn turn) {
    }

    public record Turn(String messageId, int message, int segment, int segments, boolean last, boolean handoff) {
    }

    @POST
    @Path("/2010-04-01/Accounts/{accountSid}/Messages.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sandbox provider: record an outbound SMS (Twilio Messages API format)")
    public SmsSandboxOutbox.SandboxMessage send(@PathParam("accountSid") String accountSid,
                                                @FormParam("To") String to, @FormParam("From") String from,
                                                @FormParam("Body") String body,
                                                @FormParam("StatusCallback") String statusCallback) {
        requireEnabled();
        String recipient = PhoneNumbers.requireE164("To", to);
        int failure = outbox.failureFor(recipient);
        if (failure > 0) {
            throw new ApiException(failure, "sandbox_failure", "the sandbox was told to refuse this send");
        }
        return outbox.record(recipient, from, body, statusCallback);
    }

    @GET
    @Path("/outbox")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sandbox provider: the SMS sent to a number, oldest first, with the turn each belongs to")
    public Uni<Map<String, List<OutboxMessage>>> outbox(@QueryParam("to") String to) {
        requireEnabled();
        List<SmsSandboxOutbox.SandboxMessage> messages = outbox.sentTo(PhoneNumbers.requireE164("to", typed(to)));
        return Multi.createFrom().iterable(messages)
                .onItem().transformToUniAndConcatenate(message -> sent.describe(message.sid()).map(turn ->
                        new OutboxMessage(message.sid(), message.to(), message.from(), message.body(),
                                turn.getOrDefault("status", message.status()), message.dateCreated().toString(),
                                message.statusCallback(), turnOf(turn))))
                .collect().in(ArrayList<OutboxMessage>::new, List::add)
                .map(list -> Map.of("messages", List.copyOf(list)));
    }

    @POST
    @Path("/failures")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sandbox provider: refuse the next COUNT sends to a number with STATUS (default 503)")
    public void failNext(@FormParam("to") String to, @FormParam("count") @DefaultValue("1") int count,
                         @FormParam("status") @DefaultValue("503") int status) {
        requireEnabled();
        if (count < 0 || status < 400 || status > 599) {
            throw ApiException.badRequest("invalid_failure", "count must be 0 or more and status a 4xx or 5xx");
        }
        outbox.failNext(PhoneNumbers.requireE164("to", typed(to)), count, status);
    }

    // A record without its turn (a status of a message the gateway did not send as a reply) has no turn.
    private static Turn turnOf(Map<String, String> record) {
        if (record.get("messageId") == null) {
            return null;
        }
        return new Turn(record.get("messageId"), Integer.parseInt(record.get("message")),
                Integer.parseInt(record.get("segment")), Integer.parseInt(record.get("segments")),
                Boolean.parseBoolean(record.get("last")), Boolean.parseBoolean(record.get("handoff")));
    }

    // An unencoded '+' in a query string arrives as a space: accept "?to=+86..." typed by hand.
    private static String typed(String to) {
        String recipient = to == null ? null : to.strip();
        if (recipient != null && !recipient.isEmpty() && Character.isDigit(recipient.charAt(0))) {
            recipient = "+" + recipient;
        }
        return recipient;
    }

    private void requireEnabled() {
        if (!config.sandbox().enabled()) {
            throw new ApiException(404, "not_found", "the SMS sandbox is disabled (shopmate.sms.sandbox.enabled)");
        }
    }
}
