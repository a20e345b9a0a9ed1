package com.shopmate.sentiment.model;

import com.shopmate.kit.model.AnnouncementPosition;
import com.shopmate.kit.model.ModelFolder;
import com.shopmate.kit.model.ModelRefusal;
import com.shopmate.kit.model.ReloadableModel;
import com.shopmate.sentiment.scoring.SentimentScorer;
import com.shopmate.sentiment.scoring.TinySentimentModel;
import com.shopmate.text.sentiment.SentimentModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sentiment model as the service serves it, on real (tiny) models: what the kit's holder does with them. */
class ServedSentimentModelTest {

    // Starts on the tiny pack (no saved model yet), so that an activation has something to replace.
    private static final List<String> TINY_PACK = List.of(TinySentimentModel.TINY_PACK);
    private static final String SAVED = "trained-" + TinySentimentModel.classifier().version() + "+lexicon-baseline-1";
    private static final ReloadableModel.Announcer ALONE = (kind, version) -> new AnnouncementPosition(0, 1);

    private static ServedSentimentModel served(Path dir) {
        return new ServedSentimentModel(new ModelFolder(dir), SentimentModelLoaderTest.loader(TINY_PACK));
    }

    @Test
    void withNothingSavedThePackIsServed(@TempDir Path dir) {
        assertEquals("trained-" + TinySentimentModel.tones().version() + "+lexicon-baseline-1",
                served(dir).current().modelVersion());
    }

    @Test
    void aSavedVersionIsServedOnceActivated(@TempDir Path dir) {
        ServedSentimentModel served = served(dir);
        Path saved = new SentimentModelStore(dir).save(TinySentimentModel.classifier());

        served.model().activate(saved.getFileName().toString(), ALONE);

        assertEquals(SAVED, served.current().modelVersion());
        assertEquals("negative", served.current().score("气死我了，还没发货！").polarity());
    }

    @Test
    void aSavedModelIsServedAtStartWhenThereIsNoPointer(@TempDir Path dir) {
        new SentimentModelStore(dir).save(TinySentimentModel.classifier());

        assertEquals(SAVED, served(dir).current().modelVersion());
    }

    @Test
    void anUtteranceInFlightFinishesOnTheScorerItTook(@TempDir Path dir) {
        ServedSentimentModel served = served(dir);
        SentimentScorer inFlight = served.current();
        String before = inFlight.modelVersion();
        Path saved = new SentimentModelStore(dir).save(TinySentimentModel.classifier());

        served.model().activate(saved.getFileName().toString(), ALONE);

        assertEquals(before, inFlight.modelVersion());
        assertEquals("positive", inFlight.score("太好了谢谢").polarity());
        assertEquals(SAVED, served.current().modelVersion());
    }

    @Test
    void aDamagedModelIsRefusedAndTheModelStays(@TempDir Path dir) throws Exception {
        ServedSentimentModel served = served(dir);
        String before = served.current().modelVersion();
        Path saved = new SentimentModelStore(dir).save(TinySentimentModel.classifier());
        Files.writeString(saved.resolve("model.json"), "{");

        var refusal = assertThrows(ModelRefusal.class,
                () -> served.model().activate(saved.getFileName().toString(), ALONE));

        assertEquals(ModelRefusal.Reason.UNLOADABLE, refusal.reason());
        assertEquals(before, served.current().modelVersion());
        assertTrue(new ModelFolder(dir).activeVersion().isEmpty(), "the pointer stays where it was");
    }

    @Test
    void aDamagedSavedModelAtStartMakesWayForThePack(@TempDir Path dir) throws Exception {
        Path saved = new SentimentModelStore(dir).save(TinySentimentModel.classifier());
        Files.writeString(saved.resolve("model.json"), "{");

        SentimentScorer scorer = served(dir).current();

        assertInstanceOf(com.shopmate.sentiment.scoring.TrainedSentimentScorer.class, scorer);
        assertTrue(scorer.modelVersion().contains(TinySentimentModel.tones().version()), scorer.modelVersion());
    }
}
