package com.shopmate.gateway.wechat;

import com.shopmate.errors.ApiException;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import me.chanjar.weixin.mp.util.crypto.WxMpCryptUtil;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PushMessagesTest {

    /** A text message as WeChat's documentation shows it. */
    static final String TEXT_PUSH = """
            <xml>
              <ToUserName><![CDATA[gh_shopaccount]]></ToUserName>
              <FromUserName><![CDATA[oShopper0123456789abcdefghij]]></FromUserName>
              <CreateTime>1733385600</CreateTime>
              <MsgType><![CDATA[text]]></MsgType>
              <Content><![CDATA[我的订单到哪了]]></Content>
              <MsgId>24612345678901234</MsgId>
            </xml>""";

    private final WxMpDefaultConfigImpl account = account();
    private final PushMessages messages = new PushMessages(account);

    @Test
    void aTextPushIsReadWithItsSenderTextAndMsgId() {
        WxMpXmlMessage message = messages.read(TEXT_PUSH, null, null, null, null);
        assertEquals("text", message.getMsgType());
        assertEquals("oShopper0123456789abcdefghij", message.getFromUser());
        assertEquals("gh_shopaccount", message.getToUser());
        assertEquals("我的订单到哪了", message.getContent());
        assertEquals(24612345678901234L, message.getMsgId());
    }

    @Test
    void thePassiveReplyGoesFromTheAccountToTheShopperAsATextMessage() throws Exception {
        WxMpXmlMessage message = messages.read(TEXT_PUSH, null, null, null, null);
        Document reply = xml(messages.textReply(message, "您的包裹已发出 <顺丰> & 在路上", false));
        assertEquals("oShopper0123456789abcdefghij", field(reply, "ToUserName"));
        assertEquals("gh_shopaccount", field(reply, "FromUserName"));
        assertEquals("text", field(reply, "MsgType"));
        assertEquals("您的包裹已发出 <顺丰> & 在路上", field(reply, "Content"), "markup in the text stays text");
    }

    @Test
    void aSubscribeEventIsReadAsAnEvent() {
        WxMpXmlMessage event = messages.read("""
                <xml><ToUserName><![CDATA[gh_shopaccount]]></ToUserName>
                <FromUserName><![CDATA[oShopper0123456789abcdefghij]]></FromUserName>
                <CreateTime>1733385600</CreateTime><MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[subscribe]]></Event></xml>""", null, null, null, null);
        assertEquals("event", event.getMsgType());
        assertEquals("subscribe", event.getEvent());
    }

    @Test
    void safeModePushIsDecryptedAndItsReplyEncrypted() throws Exception {
        // WeChat's side of safe mode, played by WxJava's own crypto with the same key.
        String encrypted = new WxMpCryptUtil(account).encrypt(TEXT_PUSH);
        Document envelope = xml(encrypted);
        WxMpXmlMessage message = messages.read(encrypted, "aes", field(envelope, "TimeStamp"),
                field(envelope, "Nonce"), field(envelope, "MsgSignature"));
        assertEquals("我的订单到哪了", message.getContent());

        String reply = messages.textReply(message, "已发货", true);
        Document sealed = xml(reply);
        String plain = new WxMpCryptUtil(account).decryptXml(field(sealed, "MsgSignature"), field(sealed, "TimeStamp"),
                field(sealed, "Nonce"), reply);
        assertEquals("已发货", field(xml(plain), "Content"));
    }

    @Test
    void safeModePushWithAForgedMsgSignatureIsRefusedWith403() throws Exception {
        String encrypted = new WxMpCryptUtil(account).encrypt(TEXT_PUSH);
        Document envelope = xml(encrypted);
        ApiException refused = assertThrows(ApiException.class, () -> messages.read(encrypted, "aes",
                field(envelope, "TimeStamp"), field(envelope, "Nonce"), "0".repeat(40)));
        assertEquals(403, refused.status());
    }

    @Test
    void somethingThatIsNotAWeChatMessageIsA400() {
        assertEquals(400, assertThrows(ApiException.class, () -> messages.read("{\"text\":\"hi\"}", null, null, null,
                null)).status());
        assertEquals(400, assertThrows(ApiException.class, () -> messages.read("<xml><a>1</a></xml>", null, null,
                null, null)).status());
    }

    private static WxMpDefaultConfigImpl account() {
        var account = new WxMpDefaultConfigImpl();
        account.setAppId("wx0123456789abcdef");
        account.setToken("shopmate-token");
        account.setAesKey("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
        return account;
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String field(Document xml, String name) {
        return xml.getElementsByTagName(name).item(0).getTextContent();
    }
}
