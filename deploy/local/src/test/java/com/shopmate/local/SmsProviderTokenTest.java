package com.shopmate.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SmsProviderTokenTest {

    @Test
    void eachStackMakesItsOwnRandomTokenOnceAndOthersReadIt(@TempDir Path dataDir, @TempDir Path other) {
        assertEquals(Optional.empty(), SmsProviderToken.read(dataDir), "nothing before the first start");
        String token = SmsProviderToken.ensure(dataDir);

        assertEquals(Optional.of(token), SmsProviderToken.read(dataDir));
        assertEquals(token, SmsProviderToken.ensure(dataDir), "kept across restarts");
        assertNotEquals(token, SmsProviderToken.ensure(other));
        assertNotEquals(AdminTokenFile.ensure(dataDir), token, "not the admin token");
    }
}
