package com.shopmate.console.agents;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInFormFilterTest {

    @Test
    void onlyAnUrlEncodedFormIsASignIn() {
        assertTrue(SignInFormFilter.isForm("application/x-www-form-urlencoded"));
        assertTrue(SignInFormFilter.isForm("Application/X-WWW-Form-Urlencoded; charset=UTF-8"));
        assertFalse(SignInFormFilter.isForm(null));
        assertFalse(SignInFormFilter.isForm("application/json"));
        assertFalse(SignInFormFilter.isForm("multipart/form-data; boundary=x"));
    }
}
