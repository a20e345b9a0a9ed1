package com.shopmate.gateway.wechat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/** Signs a push as WeChat's documentation describes it, written out independently of WxJava for the tests. */
final class WeChatSigning {

    private WeChatSigning() {
    }

    static String sign(String token, String timestamp, String nonce) {
        String joined = String.join("", Stream.of(token, timestamp, nonce).sorted().toList());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The query string of a push signed now with {@code token}. */
    static String signedQuery(String token) {
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        String nonce = String.valueOf((long) (Math.random() * 1_000_000_000L));
        return "signature=" + sign(token, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce;
    }
}
