package com.shopmate.text.sentiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentimentModelStoreTest {

    @Test
    void theNewestIsTheVersionCreatedLast(@TempDir Path root) throws Exception {
        version(root, "b0", "2026-12-01T08:00:00Z");
        version(root, "a1", "2026-12-02T08:00:00Z");
        version(root, "c2", "2026-11-30T08:00:00Z");

        assertEquals(Optional.of(root.resolve("a1")), new SentimentModelStore(root).newest());
    }

    @Test
    void foldersThatAreNoCompleteVersionAreSkipped(@TempDir Path root) throws Exception {
        version(root, "a1", "2026-12-01T08:00:00Z");
        version(root, "b2.partial-123", "2026-12-05T08:00:00Z");
        version(root, ".hidden", "2026-12-05T08:00:00Z");
        Files.createDirectories(root.resolve("c3"));

        assertEquals(Optional.of(root.resolve("a1")), new SentimentModelStore(root).newest());
    }

    @Test
    void aMissingOrEmptyFolderHasNoModel(@TempDir Path root) {
        assertEquals(Optional.empty(), new SentimentModelStore(root).newest());
        assertEquals(Optional.empty(), new SentimentModelStore(root.resolve("absent")).loadNewest());
    }

    private static void version(Path root, String name, String createdAt) throws Exception {
        Path dir = Files.createDirectories(root.resolve(name));
        Files.writeString(dir.resolve("model.json"), """
                {"format": "shopmate-text-classifier/1", "version": "%s", "createdAt": "%s", "languages": []}
                """.formatted(name, createdAt));
    }
}
