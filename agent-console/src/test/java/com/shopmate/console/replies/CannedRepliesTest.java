package com.shopmate.console.replies;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CannedRepliesTest {

    @Test
    void theShippedFile_hasAGreetingAndAClosingInBothLanguages() {
        CannedReplies canned = CannedReplies.load("console/canned-replies.yml");

        for (String language : new String[] {"zh", "en"}) {
            var keys = canned.in(language).stream().map(CannedReply::key).toList();
            assertTrue(keys.contains("greeting") && keys.contains("closing"), language + ": " + keys);
        }
        assertTrue(canned.in("zh").get(0).text().contains("您好"));
    }

    @Test
    void aLanguageTheFileLacks_hasNoCannedReplies() {
        assertTrue(CannedReplies.load("console/canned-replies.yml").in("fr").isEmpty());
    }

    @Test
    void aReplyWithoutText_makesTheFileUnreadable() {
        String yaml = "en:\n  - key: greeting\n    title: Hi\n";
        assertThrows(IllegalStateException.class, () -> CannedReplies.read(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aFileOnDisk_isReadBeforeTheClasspath(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("canned.yml");
        java.nio.file.Files.writeString(file, "en:\n  - key: hi\n    title: Hi\n    text: Hi there\n");

        assertEquals("Hi there", CannedReplies.load(file.toString()).in("en").get(0).text());
    }
}
