package com.shopmate.kit.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReloadableModelTest {

    @TempDir
    Path root;

    private final AtomicLong offsets = new AtomicLong();
    /** Announces as Kafka would, one offset after the other on one partition. */
    private final ReloadableModel.Announcer announcer = (kind, version) -> position(offsets.incrementAndGet());

    private static AnnouncementPosition position(long offset) {
        return new AnnouncementPosition(0, offset);
    }

    private ReloadableModel<String> model(TextModels models) {
        return new ReloadableModel<>("text", new ModelFolder(root), models);
    }

    @Test
    void withNothingSavedTheBuiltInModelIsServedAndSaysSo() {
        ReloadableModel<String> model = model(new TextModels(root));

        assertEquals(TextModels.BUILT_IN, model.current());
        ModelStatus status = model.status();
        assertEquals(ModelSource.BUILT_IN, status.source());
        assertNull(status.servingVersion());
        assertNull(status.activeVersion());
        assertEquals("text-built-in", status.modelVersion());
    }

    @Test
    void withoutPointerTheNewestSavedVersionIsServedAsBefore() {
        TextModels models = new TextModels(root);
        models.save("v1", "one");
        models.save("v2", "two");

        ReloadableModel<String> model = model(models);

        assertEquals("two", model.current());
        assertEquals(ModelSource.NEWEST, model.status().source());
        assertEquals("v2", model.status().servingVersion());
    }

    @Test
    void thePointerWinsOverTheNewest() {
        TextModels models = new TextModels(root);
        models.save("v1", "one");
        models.save("v2", "two");
        new ModelFolder(root).activate("v1");

        ReloadableModel<String> model = model(models);

        assertEquals("one", model.current());
        assertEquals(ModelSource.ACTIVE, model.status().source());
        assertEquals("v1", model.status().activeVersion());
    }

    @Test
    void aTrainedVersionGoesLiveOnlyWhenActivated() {
        TextModels models = new TextModels(root);
        models.save("v1", "one");
        ReloadableModel<String> model = model(models);
        model.activate("v1", announcer);

        models.save("v2", "two");
        assertEquals("one", model.current(), "saved, not active");
        model.activate("v2", announcer);

        assertEquals("two", model.current());
        assertEquals(Optional.of("v2"), new ModelFolder(root).activeVersion());
        // A replica starting now serves what the pointer names.
        assertEquals("two", model(models).current());
    }

    @Test
    void anOlderVersionCanBeActivatedAgain() {
        TextModels models = new TextModels(root);
        models.save("v1", "one");
        models.save("v2", "two");
        ReloadableModel<String> model = model(models);

        LoadedModel<String> served = model.activate("v1", announcer);

        assertEquals("one", model.current());
        assertEquals("v1", served.version());
        assertEquals("text-one", served.modelVersion());
        assertEquals(ModelSource.ACTIVE, served.source());
    }

    @Test
    void anUnknownVersionIsRefusedAndNothingChanges() {
        TextModels models = new TextModels(root);
        models.save("v1", "one");
        ReloadableModel<String> model = model(models);

        ModelRefusal refusal = assertThrows(ModelRefusal.class, () -> model.activate("v9", announcer));

        assertEquals(ModelRefusal.Reason.UNKNOWN_VERSION, refusal.reason());
        assertTrue(refusal.getMessage().contains("v1"), "names the saved versions: " + refusal.getMessage());
        assertEquals("one", model.current());
        assertEquals(Optional.empty(), new ModelFolder(root).activeVersion());
    }

    @Test
    void aVersionThatCannotBeLoadedIsRefusedAndThePointerStays() {
        TextModels models = new TextModels(root);
        models.save("v1", "one");
        models.save("v0", " ");
        ReloadableModel<String> model = model(models);
        model.activate("v1", announcer);

        ModelRefusal refusal = assertThrows(ModelRefusal.class, () -> model.activate("v0", announcer));

        assertEquals(ModelRefusal.Reason.UNLOADABLE, refusal.reason());
        assertTrue(refusal.getMessage().contains("still serving text-one"), refusal.getMessage());
        assertEquals("one", model.current());
        assertEquals(Optional.of("v1"), new ModelFolder(root).activeVersion());
    }

    @Test
    void aPointerToAVersionThatCannotBeLoadedStartsOnTheBuiltInModel() throws Exception {
        TextModels models = new TextModels(root);
        models.save("v1", "one");
        new ModelFolder(root).activate("v1");
        Files.writeString(root.resolve("v1/model.txt"), "");

        ReloadableModel<String> model = model(models);

        assertEquals(TextModels.BUILT_IN, model.current());
        assertEquals("v1", model.status().activeVersion());
        assertNull(model.status().servingVersion());
    }

    @Test
    void reloadActivatesWhatThePointerNames() {
        TextModels models = new TextModels(root);
        models.save("v1", "one");
        ReloadableModel<String> model = model(models);
        models.save("v2", "two");
        new ModelFolder(root).activate("v2");

        assertEquals("v2", model.reload(announcer).version());
        assertEquals("two", model.current());
    }

    @Test
    void reloadWithoutPointerActivatesTheNewest() {
        TextModels models = new TextModels(root);
        ReloadableModel<String> model = model(models);
        models.save("v1", "one");
        models.save("v2", "two");

        model.reload(announcer);

        assertEquals("two", model.current());
        assertEquals(Optional.of("v2"), new ModelFolder(root).activeVersion());
    }

    @Test
    void reloadWithNothingSavedIsRefusedAndSaysWhatToDo() {
        ReloadableModel<String> model = model(new TextModels(root));

        ModelRefusal refusal = assertThrows(ModelRefusal.class, () -> model.reload(announcer));

        assertEquals(ModelRefusal.Reason.NO_MODEL, refusal.reason());
        assertTrue(refusal.getMessage().contains("./shopmate help"), refusal.getMessage());
        assertEquals(TextModels.BUILT_IN, model.current());
    }

    @Test
    void anAnnouncedVersionIsSwappedInWithoutTouchingThePointer() {
        TextModels models = new TextModels(root);
        models.save("v1", "one");
        models.save("v2", "two");
        new ModelFolder(root).activate("v1");
        ReloadableModel<String> model = model(models);

        assertTrue(model.serveAnnounced("v2", position(1)));
        assertFalse(model.serveAnnounced("v2", position(2)), "served already: nothing to do");

        assertEquals("two", model.current());
        assertEquals(Optional.of("v1"), new ModelFolder(root).activeVersion());
    }

    @Test
    void anAnnouncedVersionThatIsMissingLeavesTheModelServing() {
        TextModels models = new TextModels(root);
        models.save("v1", "one");
        ReloadableModel<String> model = model(models);

        assertThrows(IllegalStateException.class, () -> model.serveAnnounced("v7", position(1)));

        assertEquals("one", model.current());
    }

    @Test
    void followingThePointerCatchesUpWithAnActivationMadeElsewhere() {
        TextModels models = new TextModels(root);
        models.save("v1", "one");
        ReloadableModel<String> model = model(models);
        models.save("v2", "two");
        new ModelFolder(root).activate("v2");

        model.followPointer();

        assertEquals("two", model.current());
    }

    @Test
    void aModelTakenBeforeASwapStaysTheSame() {
        TextModels models = new TextModels(root);
        models.save("v1", "one");
        models.save("v2", "two");
        ReloadableModel<String> model = model(models);
        model.activate("v1", announcer);
        LoadedModel<String> inFlight = model.served();

        model.activate("v2", announcer);

        assertEquals("one", inFlight.model());
        assertEquals("text-one", inFlight.modelVersion());
    }

    @Test
    void anActivationWhileAnotherLoadsIsRefusedAsBusy() throws Exception {
        TextModels models = new TextModels(root);
        models.save("v1", "one");
        models.save("v2", "two");
        new ModelFolder(root).activate("v1");
        ReloadableModel<String> model = model(models);
        models.loading = new CountDownLatch(1);
        models.release = new CountDownLatch(1);
        CompletableFuture<LoadedModel<String>> first =
                CompletableFuture.supplyAsync(() -> model.activate("v2", announcer));
        assertTrue(models.loading.await(30, TimeUnit.SECONDS));

        ModelRefusal refusal = assertThrows(ModelRefusal.class, () -> model.activate("v1", announcer));

        assertEquals(ModelRefusal.Reason.BUSY, refusal.reason());
        models.release.countDown();
        assertEquals("v2", first.get(30, TimeUnit.SECONDS).version());
        assertEquals("two", model.current());
    }

    @Test
    void anAnnouncementOlderThanTheLastActivationHereIsSkipped() {
        TextModels models = new TextModels(root);
        models.save("v1", "one");
        models.save("v2", "two");
        ReloadableModel<String> model = model(models);
        model.activate("v1", announcer);
        AnnouncementPosition ofV1 = position(offsets.get());
        model.activate("v2", announcer);

        // This replica hears its own announcement of v1 only now.
        assertFalse(model.serveAnnounced("v1", ofV1));

        assertEquals("two", model.current());
        assertTrue(model.serveAnnounced("v1", position(offsets.get() + 1)), "a later one is applied");
        assertEquals("one", model.current());
    }

    @Test
    void aVersionIsActiveAndServedHereEvenWhenItsAnnouncementFails() {
        TextModels models = new TextModels(root);
        models.save("v1", "one");
        models.save("v2", "two");
        ReloadableModel<String> model = model(models);

        assertThrows(IllegalStateException.class, () -> model.activate("v1", (kind, version) -> {
            throw new IllegalStateException("Kafka is down");
        }));

        assertEquals("one", model.current());
        assertEquals(Optional.of("v1"), new ModelFolder(root).activeVersion());
    }
}
