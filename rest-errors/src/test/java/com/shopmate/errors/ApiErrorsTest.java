package com.shopmate.errors;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

// The responses themselves need a JAX-RS runtime: the services' ITs check their bodies.
class ApiErrorsTest {

    @Test
    void httpStatusesGetCodesNamedAfterThem() {
        assertEquals("not_found", ApiErrors.codeFor(404));
        assertEquals("method_not_allowed", ApiErrors.codeFor(405));
        assertEquals("unsupported_media_type", ApiErrors.codeFor(415));
        assertEquals("internal", ApiErrors.codeFor(503));
        assertEquals("bad_request", ApiErrors.codeFor(422));
    }
}
