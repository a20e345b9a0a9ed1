package com.shopmate.cli.stack;

import com.shopmate.cli.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackModelActivationTest {

    @TempDir
    Path repo;

    private final StringWriter said = new StringWriter();

    @Test
    void trainsIntoTheDataDirectorysModelsFolder_byDefault() {
        Path dataDir = repo.resolve("elsewhere-data");
        StackModelActivation activation = new StackModelActivation(
                new Workspace(repo, Map.of("SHOPMATE_DATA_DIR", dataDir.toString())));

        assertEquals(dataDir.resolve("models").resolve("sentiment"), activation.defaultFolder("sentiment"));
    }

    @Test
    void withNoStackRunning_pointsTheFoldersActivePointerAtTheVersion_forTheNextStart() throws Exception {
        StackModelActivation activation = new StackModelActivation(new Workspace(repo, Map.of()));
        Path folder = activation.defaultFolder("nlu");
        Files.createDirectories(folder.resolve("20261205T000000Z-old"));
        Files.writeString(folder.resolve("active"), "20261205T000000Z-old\n");
        Files.createDirectories(folder.resolve("20261205T010000Z-new"));

        activation.activate("nlu", folder, "20261205T010000Z-new", new PrintWriter(said, true));

        assertEquals("20261205T010000Z-new", Files.readString(folder.resolve("active")).strip());
        assertTrue(said.toString().contains("serves it from its next start"), said.toString());
    }

    @Test
    void aVersionSavedOutsideTheStacksFolder_isNotActivated() throws Exception {
        StackModelActivation activation = new StackModelActivation(new Workspace(repo, Map.of()));
        Path own = repo.resolve("my-models");
        Files.createDirectories(own.resolve("v1"));

        activation.activate("nlu", own, "v1", new PrintWriter(said, true));

        assertFalse(Files.exists(own.resolve("active")));
        assertFalse(Files.exists(activation.defaultFolder("nlu").resolve("active")));
        assertTrue(said.toString().contains("not activated"), said.toString());
    }
}
