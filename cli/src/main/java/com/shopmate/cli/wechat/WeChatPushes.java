package com.shopmate.cli.wechat;

import org.w3c.dom.Document;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/** Pushes as WeChat writes and signs them (plain-text mode), and the text of the gateway's passive answer. */
final class WeChatPushes {

    private WeChatPushes() {
    }

    /** The push's query string: {@code signature} = SHA-1 of token, timestamp and nonce, sorted and joined. */
    static String signedQuery(String token, long epochSecond, String nonce) {
        String timestamp = String.valueOf(epochSecond);
        String joined = String.join("", Stream.of(token, timestamp, nonce).sorted().toList());
        try {
            String signature = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(joined.getBytes(StandardCharsets.UTF_8)));
            return "signature=" + signature + "&timestamp=" + timestamp + "&nonce=" + nonce;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String openid, long epochSecond, String content, long msgId) {
        return "<xml><ToUserName>" + cdata("gh_shopmate_local") + "</ToUserName><FromUserName>" + cdata(openid)
                + "</FromUserName><CreateTime>" + epochSecond + "</CreateTime><MsgType>" + cdata("text")
                + "</MsgType><Content>" + cdata(content) + "</Content><MsgId>" + msgId + "</MsgId></xml>";
    }

    static String subscribe(String openid, long epochSecond) {
        return "<xml><ToUserName>" + cdata("gh_shopmate_local") + "</ToUserName><FromUserName>" + cdata(openid)
                + "</FromUserName><CreateTime>" + epochSecond + "</CreateTime><MsgType>" + cdata("event")
                + "</MsgType><Event>" + cdata("subscribe") + "</Event></xml>";
    }

    /** The Content of a passive answer, or null when the gateway answered {@code success} (nothing, for now). */
    static String passiveText(String answer) {
        if (answer == null || !answer.strip().startsWith("<xml>")) {
            return null;
        }
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document xml = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(answer.getBytes(StandardCharsets.UTF_8)));
            var content = xml.getElementsByTagName("Content");
            return content.getLength() == 0 ? null : content.item(0).getTextContent();
        } catch (Exception e) {
            throw new IllegalStateException("the gateway's answer is not WeChat XML: " + answer, e);
        }
    }

    // A "]]>" inside the text would end the CDATA section: split it across two sections.
    private static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
}
