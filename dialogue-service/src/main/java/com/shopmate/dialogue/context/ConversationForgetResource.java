package com.shopmate.dialogue.context;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/**
 * {@code POST /admin/dialogue/conversations/{conversationId}/forget}: the bot forgets a conversation's context (its
 * turns, the orders mentioned, a flow under way), so its next message starts afresh; for a shopper who asks to be
 * forgotten, and for tests that reuse an SMS number. Admin token required (the kit's admin filter).
 */
@Path("/admin/dialogue/conversations/{conversationId}")
public class ConversationForgetResource {

    private final ConversationContextStore contexts;

    ConversationForgetResource(ConversationContextStore contexts) {
        this.contexts = contexts;
    }

    @POST
    @Path("/forget")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Map<String, Object>> forget(@PathParam("conversationId") String conversationId) {
        return contexts.forget(conversationId).map(forgotten -> Map.of("forgotten", forgotten));
    }
}
