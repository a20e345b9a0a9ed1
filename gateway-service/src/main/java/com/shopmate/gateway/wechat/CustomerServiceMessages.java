package com.shopmate.gateway.wechat;

import com.shopmate.kit.consuming.PermanentFailureException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.Set;

/**
 * Text to a shopper through WeChat's customer-service message API ({@code /cgi-bin/message/custom/send}), the way
 * to answer after the 5 seconds of a push. WxJava's client blocks, so it runs on a worker thread. A failure WeChat
 * may get over (system busy, an HTTP error or timeout, a token being renewed) fails plainly, for the service kit to
 * retry with backoff; one it will not (out of the 48-hour window, the shopper unfollowed, a wrong AppSecret) is a
 * {@link PermanentFailureException} naming the errcode, which the kit dead-letters.
 */
@ApplicationScoped
public class CustomerServiceMessages {

    private static final Logger LOG = Logger.getLogger(CustomerServiceMessages.class);
    // -1 system busy; -99 is WxJava's code for a failure without an errcode (an HTTP status, a timeout); token errors
    // when WxJava's own renewal and retry did not suffice.
    private static final Set<Integer> TRANSIENT = Set.of(-1, -99, 40001, 40014, 42001);

    private final WeChatAccount account;

    CustomerServiceMessages(WeChatAccount account) {
        this.account = account;
    }

    Uni<Void> sendText(String openid, String text) {
        if (!account.canCallApi()) {
            return Uni.createFrom().failure(new PermanentFailureException("a WeChat reply to " + OpenIds.forLogs(openid)
                    + " missed the passive window, and no AppID/AppSecret is configured for the customer-service API"
                    + " (shopmate.wechat.app-id, app-secret)"));
        }
        return Uni.createFrom().<Void>item(() -> {
            send(openid, text);
            return null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private void send(String openid, String text) {
        try {
            account.service().getKefuService().sendKefuMessage(WxMpKefuMessage.TEXT().toUser(openid).content(text)
                    .build());
        } catch (WxErrorException e) {
            int errcode = e.getError().getErrorCode();
            String reason = "WeChat customer-service message to " + OpenIds.forLogs(openid) + " failed: errcode "
                    + errcode + " " + e.getError().getErrorMsg();
            if (TRANSIENT.contains(errcode) || e.getCause() instanceof IOException) {
                throw new IllegalStateException(reason, e);
            }
            LOG.warn(reason);
            throw new PermanentFailureException(reason);
        } catch (WxRuntimeException e) {
            // The token request failed on the network, or "system busy" outlasted WxJava's retries.
            throw new IllegalStateException("WeChat customer-service message to " + OpenIds.forLogs(openid)
                    + " failed: " + e.getMessage(), e);
        }
    }
}
