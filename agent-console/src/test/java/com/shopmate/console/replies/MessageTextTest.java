package com.shopmate.console.replies;

import com.shopmate.errors.ApiException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MessageTextTest {

    @Test
    void blanksAroundTheText_areDropped() {
        assertEquals("您好", MessageText.checked("  您好\n"));
    }

    @Test
    void anEmptyOrBlankText_isRefused() {
        assertEquals(400, assertThrows(ApiException.class, () -> MessageText.checked("  ")).status());
        assertEquals(400, assertThrows(ApiException.class, () -> MessageText.checked(null)).status());
    }

    @Test
    void twoThousandCharacters_isTheLongestText() {
        assertEquals(2000, MessageText.checked("好".repeat(2000)).length());
        assertEquals("invalid_text", assertThrows(ApiException.class,
                () -> MessageText.checked("好".repeat(2001))).code());
    }
}
