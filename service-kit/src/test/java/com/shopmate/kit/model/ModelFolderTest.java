package com.shopmate.kit.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelFolderTest {

    @TempDir
    Path root;

    @Test
    void aFolderWithoutPointerHasNoActiveVersion() throws Exception {
        Files.createDirectories(root.resolve("v1"));

        assertEquals(Optional.empty(), new ModelFolder(root).activeVersion());
    }

    @Test
    void activatingWritesThePointerAndAnOlderVersionCanBeActivatedAgain() throws Exception {
        Files.createDirectories(root.resolve("v1"));
        Files.createDirectories(root.resolve("v2"));
        ModelFolder folder = new ModelFolder(root);

        folder.activate("v2");
        assertEquals(Optional.of("v2"), folder.activeVersion());
        folder.activate("v1");

        assertEquals(Optional.of("v1"), folder.activeVersion());
        assertEquals("v1\n", Files.readString(root.resolve(ModelFolder.POINTER_FILE)));
        assertEquals(List.of("v1", "v2"), folder.versions(), "the pointer is no version, nor is its temporary file");
    }

    @Test
    void aVersionThatIsNotSavedCannotBeActivated() throws Exception {
        Files.createDirectories(root.resolve("v1"));
        ModelFolder folder = new ModelFolder(root);

        assertThrows(IllegalArgumentException.class, () -> folder.activate("v9"));
        assertThrows(IllegalArgumentException.class, () -> folder.activate("../elsewhere"));
        assertEquals(Optional.empty(), folder.activeVersion());
    }

    @Test
    void stagingFoldersAndFilesAreNoVersions() throws Exception {
        Files.createDirectories(root.resolve("20261201T100000Z-abc"));
        Files.createDirectories(root.resolve(".staging/20261201T110000Z-def"));
        Files.createDirectories(root.resolve("abc.partial-123"));
        Files.writeString(root.resolve("notes.txt"), "x");

        assertEquals(List.of("20261201T100000Z-abc"), new ModelFolder(root).versions());
    }

    @Test
    void aVersionIsLookedUpAmongTheSavedOnesNeverResolvedFromItsName() throws Exception {
        Files.createDirectories(root.resolve("models/v1"));
        Files.createDirectories(root.resolve("outside"));
        ModelFolder folder = new ModelFolder(root.resolve("models"));

        assertEquals(Optional.of(root.resolve("models/v1")), folder.version("v1"));
        assertEquals(Optional.empty(), folder.version("../outside"));
        assertEquals(Optional.empty(), folder.version(""));
    }

    @Test
    void aMissingFolderHasNoVersions() {
        assertTrue(new ModelFolder(root.resolve("not-yet")).versions().isEmpty());
    }

    @Test
    void aRelativeFolderIsFoundInAParentOfTheWorkingDirectory() throws Exception {
        Path models = Files.createDirectories(root.resolve(".shopmate/models/sentiment"));
        Path quarkusApp = Files.createDirectories(root.resolve("sentiment-service/target/quarkus-app"));

        assertEquals(models, ModelFolder.locate(".shopmate/models/sentiment", quarkusApp).root());
        assertEquals(models, ModelFolder.locate(".shopmate/models/sentiment", root).root());
    }

    @Test
    void aRelativeFolderFoundNowhereIsPlacedInTheWorkingDirectory() {
        assertEquals(root.resolve("no/such/models"), ModelFolder.locate("no/such/models", root).root());
    }

    @Test
    void anAbsoluteFolderIsTakenAsItIs() {
        Path absolute = root.resolve("elsewhere");

        assertEquals(absolute, ModelFolder.locate(absolute.toString(), root.resolve("sub")).root());
    }
}
