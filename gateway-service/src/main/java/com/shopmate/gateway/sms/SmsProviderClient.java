package com.shopmate.gateway.sms;

import com.fasterxml.jackson.databind.JsonNode;
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

/** Twilio's Messages API, spoken to whichever provider {@code shopmate.sms.provider.base-url} names. */
@RegisterRestClient(configKey = "sms-provider")
@Path("/2010-04-01/Accounts/{accountSid}/Messages.json")
public interface SmsProviderClient {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<JsonNode> send(@PathParam("accountSid") String accountSid,
                       @HeaderParam("Authorization") String authorization,
                       @FormParam("To") String to,
                       @FormParam("From") String from,
                       @FormParam("Body") String body);
}
