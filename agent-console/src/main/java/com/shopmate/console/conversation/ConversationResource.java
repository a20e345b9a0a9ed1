package com.shopmate.console.conversation;

import com.shopmate.console.agents.Agent;
import com.shopmate.console.queue.ConversationActions;
import com.shopmate.console.replies.AgentReplies;
import com.shopmate.console.transcript.TranscriptLine;
import com.shopmate.console.transcript.TranscriptStore;
import com.shopmate.errors.ApiException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.util.List;

/** One conversation as an agent works on it: read it, claim it, answer, note, transfer, hand back. */
@Path("/console/api/conversations")
public class ConversationResource {

    public record Details(Conversation conversation, List<TranscriptLine> transcript) {
    }

    public record Text(String text) {
    }

    public record Transfer(String to) {
    }

    public record Done(String conversationId, String status) {
    }

    private final ConversationStore conversations;
    private final TranscriptStore transcripts;
    private final ConversationActions actions;
    private final AgentReplies replies;
    private final SecurityIdentity identity;

    ConversationResource(ConversationStore conversations, TranscriptStore transcripts, ConversationActions actions,
                         AgentReplies replies, SecurityIdentity identity) {
        this.conversations = conversations;
        this.transcripts = transcripts;
        this.actions = actions;
        this.replies = replies;
        this.identity = identity;
    }

    @GET
    @Path("/mine")
    public Uni<List<Conversation>> mine() {
        return conversations.ownedBy(me());
    }

    /** The conversation with its whole transcript: shopper, bot and agent lines, and the console's own. */
    @GET
    @Path("/{id}")
    public Uni<Details> details(@PathParam("id") String id) {
        return conversations.find(id).chain(found -> {
            Conversation conversation = found.orElseThrow(() -> ConversationActions.notFound(id));
            return transcripts.lines(id).map(lines -> new Details(conversation, lines));
        });
    }

    @POST
    @Path("/{id}/claim")
    public Uni<Done> claim(@PathParam("id") String id) {
        return actions.claim(id, me()).replaceWith(new Done(id, Conversation.CLAIMED));
    }

    @POST
    @Path("/{id}/messages")
    public Uni<AgentReplies.Sent> reply(@PathParam("id") String id, Text body) {
        return replies.reply(id, me(), body == null ? null : body.text());
    }

    @POST
    @Path("/{id}/notes")
    public Uni<Done> note(@PathParam("id") String id, Text body) {
        return replies.note(id, me(), body == null ? null : body.text()).replaceWith(new Done(id, "noted"));
    }

    @POST
    @Path("/{id}/transfer")
    public Uni<Done> transfer(@PathParam("id") String id, Transfer body) {
        if (body == null || body.to() == null || body.to().isBlank()) {
            throw ApiException.badRequest("invalid_body", "give 'to', the username of the agent to transfer to");
        }
        if (body.to().equals(me())) {
            throw new ApiException(409, "same_agent", "the conversation is yours already");
        }
        return actions.transfer(id, me(), body.to()).replaceWith(new Done(id, Conversation.CLAIMED));
    }

    @POST
    @Path("/{id}/handback")
    public Uni<Done> handBack(@PathParam("id") String id) {
        return actions.handBack(id, me(), identity.hasRole(Agent.SUPERVISOR))
                .replaceWith(new Done(id, Conversation.BOT));
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
