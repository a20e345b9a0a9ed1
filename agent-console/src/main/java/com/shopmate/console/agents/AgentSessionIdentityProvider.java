package com.shopmate.console.agents;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Each request of a signed-in agent carries the session cookie, which names the agent: the identity is rebuilt from
 * the agents table, so a changed role counts at once and a deleted agent is signed out.
 */
@ApplicationScoped
public class AgentSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final AgentStore agents;

    AgentSessionIdentityProvider(AgentStore agents) {
        this.agents = agents;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return agents.find(request.getPrincipal()).map(found -> found.map(AgentIdentityProvider::identityOf)
                .orElseThrow(() -> new AuthenticationFailedException("no agent " + request.getPrincipal())));
    }
}
