package com.shopmate.gateway.sms;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Twilio's Messages API, spoken to whichever provider {@code shopmate.sms.provider.base-url} names. The answer is
 * read as text: a message the provider accepted must not look failed (and be sent again) because its JSON was odd.
 */
@RegisterRestClient(configKey = "sms-provider")
@Path("/2010-04-01/Accounts/{accountSid}/Messages.json")
public interface SmsProviderClient {

    /** {@code statusCallback} null: no delivery statuses are asked for. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<String> send(@PathParam("accountSid") String accountSid,
                     @HeaderParam("Authorization") String authorization,
                     @FormParam("To") String to,
                     @FormParam("From") String from,
                     @FormParam("Body") String body,
                     @FormParam("StatusCallback") String statusCallback);
}
