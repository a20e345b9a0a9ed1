package com.shopmate.console.agents;

import com.shopmate.errors.ApiException;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

/**
 * Operators create agents' accounts ({@code ./shopmate agent add}); there is no built-in agent. Under /admin, so the
 * service kit's admin token guards it.
 */
@Path("/admin/console/agents")
public class AgentAdminResource {

    private static final Logger LOG = Logger.getLogger(AgentAdminResource.class);

    private final AgentStore agents;

    AgentAdminResource(AgentStore agents) {
        this.agents = agents;
    }

    @POST
    public Uni<Response> create(NewAgent request) {
        if (request == null) {
            throw ApiException.badRequest("invalid_body", "a JSON body with username, displayName and password");
        }
        NewAgent agent = request.validated();
        // bcrypt takes tens of milliseconds on purpose: on a worker thread, not the event loop.
        return Uni.createFrom().item(() -> BcryptUtil.bcryptHash(agent.password()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(hash -> agents.create(agent, hash))
                .map(created -> {
                    if (!created) {
                        throw new ApiException(409, "agent_exists", "an agent named " + agent.username()
                                + " exists already");
                    }
                    LOG.infof("agent %s created with roles %s", agent.username(), agent.roles());
                    return Response.status(201).entity(new Agent(agent.username(), agent.displayName(),
                            agent.roles(), true, agent.maxOpenChats())).build();
                });
    }
}
