package com.shopmate.sentiment.model;

import com.shopmate.sentiment.scoring.SentimentScorer;
import com.shopmate.sentiment.scoring.TinySentimentModel;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.sentiment.SentimentModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReloadableScorerTest {

    // Starts on the tiny pack (no saved model yet), so that a reload has something to replace.
    private static final List<String> TINY_PACK = List.of(TinySentimentModel.TINY_PACK);
    private static final String SAVED = "trained-" + TinySentimentModel.classifier().version() + "+lexicon-baseline-1";

    @Test
    void reloadServesTheNewestSavedModel(@TempDir Path dir) {
        ReloadableScorer scorer = new ReloadableScorer(SentimentModelLoaderTest.loader(dir, TINY_PACK));
        new SentimentModelStore(dir).save(TinySentimentModel.classifier());

        assertEquals(SAVED, scorer.reload());
        assertEquals(SAVED, scorer.current().modelVersion());
        assertEquals("negative", scorer.current().score("气死我了，还没发货！").polarity());
    }

    @Test
    void anUtteranceInFlightFinishesOnTheScorerItTook(@TempDir Path dir) {
        ReloadableScorer scorer = new ReloadableScorer(SentimentModelLoaderTest.loader(dir, TINY_PACK));
        SentimentScorer inFlight = scorer.current();
        String before = inFlight.modelVersion();
        new SentimentModelStore(dir).save(TinySentimentModel.classifier());

        scorer.reload();

        assertEquals(before, inFlight.modelVersion());
        assertEquals("positive", inFlight.score("太好了谢谢").polarity());
        assertEquals(SAVED, scorer.current().modelVersion());
    }

    @Test
    void withNothingSavedReloadIsRefusedAndTheModelStays(@TempDir Path dir) {
        ReloadableScorer scorer = new ReloadableScorer(SentimentModelLoaderTest.loader(dir, TINY_PACK));
        String before = scorer.current().modelVersion();

        var e = assertThrows(ReloadableScorer.NotReloaded.class, scorer::reload);

        assertFalse(e.busy());
        assertTrue(e.getMessage().contains("no saved sentiment model in " + dir), e.getMessage());
        assertEquals(before, scorer.current().modelVersion());
    }

    @Test
    void aDamagedModelIsRefusedAndTheModelStays(@TempDir Path dir) throws Exception {
        ReloadableScorer scorer = new ReloadableScorer(SentimentModelLoaderTest.loader(dir, TINY_PACK));
        String before = scorer.current().modelVersion();
        Path saved = new SentimentModelStore(dir).save(TinySentimentModel.classifier());
        Files.writeString(saved.resolve("model.json"), "{");

        assertThrows(RuntimeException.class, scorer::reload);

        assertEquals(before, scorer.current().modelVersion());
    }

    @Test
    void aReloadWhileAnotherLoadsIsRefusedAsBusy(@TempDir Path dir) throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ReloadableScorer scorer = new ReloadableScorer(new SentimentModelLoader(dir, TINY_PACK,
                TinySentimentModel.lexicon(), 0.5, version -> {
                    loading.countDown();
                    await(release);
                    return TextClassifier.load(version);
                }));
        new SentimentModelStore(dir).save(TinySentimentModel.classifier());
        CompletableFuture<String> first = CompletableFuture.supplyAsync(scorer::reload);
        assertTrue(loading.await(30, TimeUnit.SECONDS));

        var e = assertThrows(ReloadableScorer.NotReloaded.class, scorer::reload);

        assertTrue(e.busy(), e.getMessage());
        release.countDown();
        assertEquals(SAVED, first.get(30, TimeUnit.SECONDS));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
