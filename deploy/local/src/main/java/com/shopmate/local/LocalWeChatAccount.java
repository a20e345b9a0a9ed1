package com.shopmate.local;

import java.nio.file.Path;
import java.util.Map;

/**
 * The local stack's WeChat official account: a Token made once in the data folder ({@value #TOKEN_FILE}), with which
 * the gateway checks pushes and {@code ./shopmate wechat} signs them, and the gateway's own stand-in for WeChat's API
 * (under {@value #SANDBOX_PATH}), which records the customer-service messages a slow reply goes out as.
 */
public final class LocalWeChatAccount {

    public static final String TOKEN_FILE = "wechat-token";
    // WeChat's server settings take a Token of 3 to 32 letters and digits.
    private static final int TOKEN_LENGTH = 32;
    public static final String SANDBOX_PATH = "/v1/wechat/sandbox";

    private LocalWeChatAccount() {
    }

    /**
     * The Token, made now if the data folder has none: the first 32 letters and digits of the random secret kept
     * there, so that it could also be typed into a WeChat test account's settings.
     */
    public static String token(Path dataDir) {
        String secret = AdminTokenFile.ensureSecret(dataDir, TOKEN_FILE).replaceAll("[^A-Za-z0-9]", "");
        return secret.substring(0, Math.min(TOKEN_LENGTH, secret.length()));
    }

    /** What the gateway gets: the Token and, as WeChat's API, its own sandbox. */
    static Map<String, String> environment(Path dataDir, String gatewayBaseUrl) {
        return Map.of("SHOPMATE_WECHAT_TOKEN", token(dataDir),
                "SHOPMATE_WECHAT_API_BASE_URL", gatewayBaseUrl + SANDBOX_PATH);
    }
}
