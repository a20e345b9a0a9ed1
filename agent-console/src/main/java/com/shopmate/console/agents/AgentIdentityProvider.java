package com.shopmate.console.agents;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Signs an agent in with the username and password of the console's form: the password is checked against the
 * agent's bcrypt hash in the agents table. The roles of the identity are the agent's roles.
 */
@ApplicationScoped
public class AgentIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    // An unknown username is checked against this hash too, so that how long a refusal takes does not tell which
    // usernames exist.
    private static final String NOBODY = BcryptUtil.bcryptHash("no agent has this password");

    private final AgentStore agents;

    AgentIdentityProvider(AgentStore agents) {
        this.agents = agents;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String password = new String(request.getPassword().getPassword());
        return agents.credentials(request.getUsername()).chain(found ->
                // bcrypt is deliberately slow: off the event loop.
                context.runBlocking(() -> verified(found, password)));
    }

    private static SecurityIdentity verified(Optional<AgentStore.Credentials> found, String password) {
        String hash = found.map(AgentStore.Credentials::passwordHash).orElse(NOBODY);
        boolean matches = BcryptUtil.matches(password, hash);
        if (found.isEmpty() || !matches) {
            throw new AuthenticationFailedException("wrong username or password");
        }
        return identityOf(found.get().agent());
    }

    static SecurityIdentity identityOf(Agent agent) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(agent.username()))
                .addRoles(java.util.Set.copyOf(agent.roles()))
                .build();
    }
}
