package com.shopmate.gateway.identity;

import com.shopmate.errors.ApiException;
import com.shopmate.gateway.publishing.ConversationIds;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * A reply stream is the conversation's like its messages: its WebSocket upgrade is refused (401, 403) unless it
 * carries the conversation's visitor token or the owning customer's token, as {@code Authorization: Bearer} or, since
 * a browser cannot set headers on a WebSocket, as {@code ?access_token=}.
 */
@ApplicationScoped
public class StreamUpgradeCheck implements HttpUpgradeCheck {

    private static final Logger LOG = Logger.getLogger(StreamUpgradeCheck.class);

    private final ConversationAccess access;

    StreamUpgradeCheck(ConversationAccess access) {
        this.access = access;
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        String conversationId = context.pathParam("conversationId");
        String token;
        try {
            // sms:… and malformed ids are no client's to watch: refused before any token is looked at.
            ConversationIds.requireClientConversationId(conversationId);
            String header = context.httpRequest().getHeader("Authorization");
            token = header != null ? ConversationAccess.bearer(header) : context.httpRequest().getParam("access_token");
            return access.admitStream(conversationId, token)
                    .replaceWith(CheckResult.permitUpgradeSync())
                    .onFailure(ApiException.class).recoverWithItem(failure -> refused(conversationId, failure));
        } catch (ApiException e) {
            return Uni.createFrom().item(refused(conversationId, e));
        }
    }

    private static CheckResult refused(String conversationId, Throwable failure) {
        ApiException refusal = (ApiException) failure;
        LOG.infof("reply stream of %s refused: %s", conversationId, refusal.code());
        return CheckResult.rejectUpgradeSync(refusal.status());
    }
}
