package com.shopmate.gateway.wechat;

import com.shopmate.errors.ApiException;
import com.shopmate.gateway.identity.AppTokens;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

import java.util.Locale;

/**
 * Binds a WeChat openid to the shop's customer, on the shop's word: its H5 page (opened from the official account's
 * menu, the openid known from WeChat OAuth on the shop's side) sends the logged-in customer's token, signed by the
 * shop, whose {@code wechat_openid} claim names the openid. From then on that openid's messages carry the customer's
 * identity ({@code verifiedBy: wechat_binding}). The gateway never takes an openid from the shopper's own word.
 */
@Path("/v1/wechat/bindings")
@Produces(MediaType.APPLICATION_JSON)
public class WeChatBindingResource {

    private static final Logger LOG = Logger.getLogger(WeChatBindingResource.class);
    static final String OPENID_CLAIM = "wechat_openid";

    private final AppTokens tokens;
    private final OpenidBindings bindings;
    private final WeChatConfig config;

    WeChatBindingResource(AppTokens tokens, OpenidBindings bindings, WeChatConfig config) {
        this.tokens = tokens;
        this.bindings = bindings;
        this.config = config;
    }

    public record Binding(String openid, String customerId, long expiresInSeconds) {
    }

    @POST
    @Operation(summary = "Bind the openid of the token's wechat_openid claim to the token's customer (sub)")
    public Uni<Binding> bindOpenid(@HeaderParam("Authorization") String authorization) {
        JsonWebToken token = tokens.verified(bearer(authorization));
        String openid = openidClaim(token);
        String customerId = token.getSubject();
        return bindings.bind(openid, customerId).invoke(() -> LOG.infof("WeChat openid %s bound to customer %s",
                        OpenIds.forLogs(openid), customerId))
                .replaceWith(new Binding(openid, customerId, config.bindingTtl().toSeconds()));
    }

    @DELETE
    @Path("/{openid}")
    @Operation(summary = "Unbind the openid; the token's wechat_openid claim must name it")
    public Uni<Void> unbindOpenid(@PathParam("openid") String openid, @HeaderParam("Authorization") String authorization) {
        JsonWebToken token = tokens.verified(bearer(authorization));
        OpenIds.require("openid", openid);
        if (!openid.equals(openidClaim(token))) {
            throw new ApiException(403, "not_your_openid", "the token's wechat_openid claim names another openid");
        }
        return bindings.unbind(openid).invoke(was -> LOG.infof("WeChat openid %s unbound (was bound: %s)",
                OpenIds.forLogs(openid), was)).replaceWithVoid();
    }

    private static String openidClaim(JsonWebToken token) {
        Object claim = token.getClaim(OPENID_CLAIM);
        // SmallRye JWT hands a custom string claim over as a JSON string or a plain one, depending on its version.
        String openid = claim instanceof jakarta.json.JsonString json ? json.getString()
                : claim == null ? null : claim.toString();
        if (openid == null || openid.isBlank()) {
            throw new ApiException(422, "missing_wechat_openid", "the token carries no " + OPENID_CLAIM + " claim:"
                    + " the shop's login vouches for the openid it learnt from WeChat OAuth");
        }
        return OpenIds.require(OPENID_CLAIM, openid);
    }

    private static String bearer(String authorization) {
        String value = authorization == null ? "" : authorization.strip();
        if (!value.toLowerCase(Locale.ROOT).startsWith("bearer ") || value.substring(7).isBlank()) {
            throw new ApiException(401, "credential_required", "send the shop's customer token as"
                    + " Authorization: Bearer <token>");
        }
        return value.substring(7).strip();
    }
}
