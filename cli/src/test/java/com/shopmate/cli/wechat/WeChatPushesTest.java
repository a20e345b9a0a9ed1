package com.shopmate.cli.wechat;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeChatPushesTest {

    @Test
    void theQueryIsSignedAsWeChatSignsIt() {
        // sorted: "1733385600" < "4711" < "token": sha1("17333856004711token")
        assertTrue(WeChatPushes.signedQuery("token", 1733385600L, "4711")
                .startsWith("signature=" + sha1("17333856004711token")));
    }

    @Test
    void thePassiveAnswersTextIsReadAndSuccessIsNoText() {
        assertEquals("您好 <1>", WeChatPushes.passiveText("<xml><ToUserName><![CDATA[o1]]></ToUserName>"
                + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[您好 <1>]]></Content></xml>"));
        assertNull(WeChatPushes.passiveText("success"));
    }

    @Test
    void textThatWouldEndTheCdataSectionStaysText() {
        String push = WeChatPushes.text("oDemo000001", 1L, "a]]>b", 7L);
        assertEquals("a]]>b", WeChatPushes.passiveText(push));
    }

    private static String sha1(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
