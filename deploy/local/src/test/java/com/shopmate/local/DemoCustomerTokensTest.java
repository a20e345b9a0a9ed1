package com.shopmate.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCustomerTokensTest {

    @TempDir
    Path dataDir;

    @Test
    void theKeysAreMadeOnce_thePrivateOneReadableByItsOwnerOnly() throws Exception {
        Path publicKey = DemoCustomerTokens.ensureKeys(dataDir);
        String first = Files.readString(publicKey);

        assertEquals(first, Files.readString(DemoCustomerTokens.ensureKeys(dataDir)), "kept across restarts");
        assertTrue(first.startsWith("-----BEGIN PUBLIC KEY-----"), first);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dataDir.resolve("identity/customer-token.key.pem"))));
    }

    @Test
    void aTokenNamesTheCustomer_theDemoIssuerAndAudience_andExpires() throws Exception {
        DemoCustomerTokens.ensureKeys(dataDir);

        String token = DemoCustomerTokens.mint(dataDir, "C1001", Duration.ofHours(1));

        String[] parts = token.split("\\.");
        assertEquals(3, parts.length, "a signed JWT");
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals("C1001", claims.path("sub").asText());
        assertEquals(DemoCustomerTokens.ISSUER, claims.path("iss").asText());
        assertEquals(DemoCustomerTokens.AUDIENCE, claims.path("aud").isArray() ? claims.path("aud").get(0).asText()
                : claims.path("aud").asText());
        long expires = claims.path("exp").asLong();
        assertTrue(Math.abs(expires - Instant.now().plus(Duration.ofHours(1)).getEpochSecond()) < 60, claims.toString());
    }

    @Test
    void withoutAStacksKeys_thereIsNoToken() {
        StackException refused = assertThrows(StackException.class,
                () -> DemoCustomerTokens.mint(dataDir, "C1001", Duration.ofHours(1)));
        assertTrue(refused.getMessage().contains("./shopmate up"), refused.getMessage());
    }
}
