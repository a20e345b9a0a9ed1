package com.shopmate.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalWeChatAccountTest {

    @Test
    void theTokenIsOneWeChatAcceptsAndIsKeptAcrossStarts(@TempDir Path dataDir) {
        String token = LocalWeChatAccount.token(dataDir);
        assertTrue(token.matches("[A-Za-z0-9]{32}"), token);
        assertEquals(token, LocalWeChatAccount.token(dataDir));
    }

    @Test
    void theGatewaySignsWithTheTokenAndSendsSlowRepliesToItsOwnSandbox(@TempDir Path dataDir) {
        var env = LocalWeChatAccount.environment(dataDir, "http://127.0.0.1:8080");
        assertEquals(LocalWeChatAccount.token(dataDir), env.get("SHOPMATE_WECHAT_TOKEN"));
        assertEquals("http://127.0.0.1:8080/v1/wechat/sandbox", env.get("SHOPMATE_WECHAT_API_BASE_URL"));
    }
}
