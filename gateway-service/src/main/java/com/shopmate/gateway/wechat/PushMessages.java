package com.shopmate.gateway.wechat;

import com.shopmate.errors.ApiException;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutMessage;
import me.chanjar.weixin.mp.config.WxMpConfigStorage;
import org.jboss.logging.Logger;

/**
 * WeChat's XML messages, read and written by WxJava: a push in plain-text mode, or in safe mode ({@code
 * encrypt_type=aes}, its body checked against {@code msg_signature} and decrypted), and a passive text reply, encrypted
 * when the push was.
 */
@Startup
@ApplicationScoped
public class PushMessages {

    private static final Logger LOG = Logger.getLogger(PushMessages.class);
    static final String AES = "aes";
    private static final String WARM_UP = "<xml><ToUserName><![CDATA[gh]]></ToUserName><FromUserName><![CDATA[o]]>"
            + "</FromUserName><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[]]></Content></xml>";

    private final WxMpConfigStorage account;

    @Inject
    PushMessages(WeChatAccount account) {
        this(account.storage());
        // XStream's first parse loads and scans classes for seconds on a cold JVM: on the event loop, during a push,
        // that ate most of WeChat's 5 s. Done once at start instead.
        textReply(read(WARM_UP, null, null, null, null), "", false);
    }

    PushMessages(WxMpConfigStorage account) {
        this.account = account;
    }

    WxMpXmlMessage read(String body, String encryptType, String timestamp, String nonce, String msgSignature) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("empty_body", "a WeChat push carries an XML message");
        }
        if (AES.equalsIgnoreCase(encryptType)) {
            if (account.getAesKey() == null) {
                throw ApiException.badRequest("safe_mode_not_configured", "the push is encrypted, but no"
                        + " EncodingAESKey is configured (shopmate.wechat.encoding-aes-key)");
            }
            try {
                return WxMpXmlMessage.fromEncryptedXml(body, account, timestamp, nonce, msgSignature);
            } catch (RuntimeException e) {
                // WxJava says "加密消息签名校验失败" for a body not signed with the token, and fails alike on bad cipher.
                LOG.warnf("WeChat encrypted push refused: %s", e.getMessage());
                throw new ApiException(403, "invalid_signature", "the encrypted message is not signed by WeChat with"
                        + " this account's token, or cannot be decrypted with its key");
            }
        }
        try {
            WxMpXmlMessage message = WxMpXmlMessage.fromXml(body);
            if (message.getFromUser() == null || message.getMsgType() == null) {
                throw ApiException.badRequest("invalid_message", "the XML names no FromUserName or MsgType");
            }
            return message;
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ApiException.badRequest("invalid_message", "the body is not a WeChat XML message");
        }
    }

    /** The passive reply: a text message from the account to the shopper who wrote {@code to}. */
    String textReply(WxMpXmlMessage to, String text, boolean encrypted) {
        WxMpXmlOutMessage reply = WxMpXmlOutMessage.TEXT().content(text)
                .fromUser(to.getToUser()).toUser(to.getFromUser()).build();
        return encrypted ? reply.toEncryptedXml(account) : reply.toXml();
    }
}
