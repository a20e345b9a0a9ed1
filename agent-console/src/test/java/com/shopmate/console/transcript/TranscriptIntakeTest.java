package com.shopmate.console.transcript;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TranscriptIntakeTest {

    @Test
    void aLocaleHint_givesTheLanguageOnlyForChineseAndEnglish() {
        assertEquals("zh", TranscriptIntake.languageOf("zh-CN"));
        assertEquals("en", TranscriptIntake.languageOf("en_US"));
        assertNull(TranscriptIntake.languageOf("fr-FR"));
        assertNull(TranscriptIntake.languageOf(null));
    }
}
