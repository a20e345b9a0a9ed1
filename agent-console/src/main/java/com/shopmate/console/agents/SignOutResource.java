package com.shopmate.console.agents;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Signs the agent out: the session cookie is HTTP-only (scripts cannot read or clear it), so the server removes it.
 */
@Path("/console/api/sign-out")
public class SignOutResource {

    private final SecurityIdentity identity;

    SignOutResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @POST
    public Response signOut() {
        FormAuthenticationMechanism.logout(identity);
        return Response.noContent().build();
    }
}
