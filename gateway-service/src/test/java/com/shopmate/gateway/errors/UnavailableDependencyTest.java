package com.shopmate.gateway.errors;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnavailableDependencyTest {

    @Test
    void aFullRedisPoolOrARefusedConnectionIsUnavailabilityNotAnInternalError() {
        assertTrue(UnavailableDependency.causes(
                new IllegalStateException("Connection pool reached max wait queue size of 1024")));
        assertTrue(UnavailableDependency.causes(new CompletionException(new ConnectException("Connection refused"))));
    }

    @Test
    void aBugOfTheGatewaysOwnIsStillAnInternalError() {
        assertFalse(UnavailableDependency.causes(new NullPointerException("x")));
        assertFalse(UnavailableDependency.causes(new IllegalArgumentException("bad")));
    }
}
