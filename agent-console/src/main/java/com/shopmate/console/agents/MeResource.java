package com.shopmate.console.agents;

import com.shopmate.console.conversation.ConversationStore;
import com.shopmate.errors.ApiException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import java.util.List;

/** The signed-in agent: who they are, how many chats they have open, and whether they take more. */
@Path("/console/api/me")
public class MeResource {

    public record Me(String username, String displayName, List<String> roles, boolean available, int maxOpenChats,
                     long openChats) {
    }

    public record Availability(Boolean available, Integer maxOpenChats) {
    }

    private final AgentStore agents;
    private final ConversationStore conversations;
    private final SecurityIdentity identity;

    MeResource(AgentStore agents, ConversationStore conversations, SecurityIdentity identity) {
        this.agents = agents;
        this.conversations = conversations;
        this.identity = identity;
    }

    @GET
    public Uni<Me> me() {
        String username = identity.getPrincipal().getName();
        return agents.find(username).chain(found -> withOpenChats(found.orElseThrow(() -> gone(username))));
    }

    @PUT
    @Path("/availability")
    public Uni<Me> setAvailability(Availability request) {
        if (request == null || request.available() == null) {
            throw ApiException.badRequest("invalid_body", "give available (true or false), and maxOpenChats");
        }
        String username = identity.getPrincipal().getName();
        return agents.find(username).chain(found -> {
            Agent agent = found.orElseThrow(() -> gone(username));
            int max = request.maxOpenChats() == null ? agent.maxOpenChats() : request.maxOpenChats();
            if (max < 1 || max > NewAgent.MAX_OPEN_CHATS_LIMIT) {
                throw ApiException.badRequest("invalid_max_open_chats",
                        "maxOpenChats must be 1-" + NewAgent.MAX_OPEN_CHATS_LIMIT + "; got " + max);
            }
            return agents.setAvailability(username, request.available(), max);
        }).chain(updated -> withOpenChats(updated.orElseThrow(() -> gone(username))));
    }

    private Uni<Me> withOpenChats(Agent agent) {
        return conversations.openChats(agent.username()).map(open -> new Me(agent.username(), agent.displayName(),
                agent.roles(), agent.available(), agent.maxOpenChats(), open));
    }

    private static ApiException gone(String username) {
        return new ApiException(401, "unauthorized", "no agent " + username + " any more: sign in again");
    }
}
