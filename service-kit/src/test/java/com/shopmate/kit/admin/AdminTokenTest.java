package com.shopmate.kit.admin;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminTokenTest {

    private final AdminToken token = AdminToken.of(Optional.of("s3cret-token-of-this-deployment"));

    @Test
    void theBearerTokenIsAccepted() {
        assertTrue(token.acceptsHeader("Bearer s3cret-token-of-this-deployment"));
        assertTrue(token.acceptsHeader("bearer s3cret-token-of-this-deployment"), "the scheme is case-insensitive");
    }

    @Test
    void anythingElseIsRefused() {
        assertFalse(token.acceptsHeader(null));
        assertFalse(token.acceptsHeader(""));
        assertFalse(token.acceptsHeader("Bearer "));
        assertFalse(token.acceptsHeader("Bearer s3cret-token-of-this-deploymen"));
        assertFalse(token.acceptsHeader("Bearer S3CRET-TOKEN-OF-THIS-DEPLOYMENT"));
        assertFalse(token.acceptsHeader("Basic s3cret-token-of-this-deployment"));
        assertFalse(token.acceptsHeader("s3cret-token-of-this-deployment"));
    }

    @Test
    void withoutAConfiguredTokenNothingIsAccepted() {
        for (AdminToken none : new AdminToken[]{AdminToken.of(Optional.empty()), AdminToken.of(Optional.of("  "))}) {
            assertFalse(none.configured());
            assertFalse(none.acceptsHeader("Bearer "));
            assertFalse(none.acceptsHeader("Bearer  "));
        }
    }

    @Test
    void onlyPathsUnderAdminAreGuarded() {
        assertTrue(AdminTokenFilter.isAdminPath("/admin"));
        assertTrue(AdminTokenFilter.isAdminPath("/admin/nlu/model/reload"));
        assertFalse(AdminTokenFilter.isAdminPath("/administrator"));
        assertFalse(AdminTokenFilter.isAdminPath("/q/health/ready"));
        assertFalse(AdminTokenFilter.isAdminPath("/q/metrics"));
    }
}
