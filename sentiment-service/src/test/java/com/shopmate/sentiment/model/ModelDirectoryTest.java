package com.shopmate.sentiment.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ModelDirectoryTest {

    @Test
    void aRelativeFolderIsFoundInAParentOfTheWorkingDirectory(@TempDir Path repo) throws Exception {
        Path models = Files.createDirectories(repo.resolve(".shopmate/models/sentiment"));
        Path quarkusApp = Files.createDirectories(repo.resolve("sentiment-service/target/quarkus-app"));

        assertEquals(models, ModelDirectory.resolve(".shopmate/models/sentiment", quarkusApp));
        assertEquals(models, ModelDirectory.resolve(".shopmate/models/sentiment", repo));
    }

    @Test
    void aRelativeFolderFoundNowhereIsPlacedInTheWorkingDirectory(@TempDir Path dir) {
        assertEquals(dir.resolve("no/such/models"), ModelDirectory.resolve("no/such/models", dir));
    }

    @Test
    void anAbsoluteFolderIsTakenAsItIs(@TempDir Path dir) {
        Path absolute = dir.resolve("elsewhere");

        assertEquals(absolute, ModelDirectory.resolve(absolute.toString(), dir.resolve("sub")));
    }
}
