package com.shopmate.reco.model;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NextItemModelTest {

    private static final NextItemSettings DEFAULTS = NextItemSettings.defaults();

    @Test
    void anItemThatAlwaysFollowsAnother_ranksFirst() {
        List<List<String>> sequences = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sequences.add(List.of("shampoo", "conditioner"));
        }
        // "lipstick" is the most popular item, yet never seen after shampoo.
        for (int i = 0; i < 8; i++) {
            sequences.add(List.of("mascara", "lipstick"));
        }
        NextItemModel model = NextItemModel.train(sequences, DEFAULTS);

        List<ScoredItem> next = model.topNext(List.of("shampoo"), 3);

        assertEquals("conditioner", next.get(0).item());
        assertTrue(next.stream().noneMatch(s -> s.item().equals("shampoo")), "the history is not suggested");
    }

    @Test
    void theLatestItemCountsMoreThanAnOlderOne() {
        NextItemModel model = NextItemModel.train(List.of(
                List.of("sunscreen", "after-sun"),
                List.of("sunscreen", "after-sun"),
                List.of("nail-polish", "remover"),
                List.of("nail-polish", "remover")), DEFAULTS);

        double[] scores = model.score(List.of("sunscreen", "nail-polish"), List.of("after-sun", "remover"));

        assertTrue(scores[1] > scores[0], "remover follows the latest item: " + scores[1] + " vs " + scores[0]);
        assertEquals("remover", model.topNext(List.of("sunscreen", "nail-polish"), 1).get(0).item());
    }

    @Test
    void popularityDecides_forAShopperWithNoHistory() {
        NextItemModel model = NextItemModel.train(List.of(
                List.of("a", "lipstick"), List.of("b", "lipstick"), List.of("c", "lipstick"),
                List.of("d", "mascara"), List.of("e", "mascara"), List.of("f", "blush")), DEFAULTS);

        List<ScoredItem> next = model.topNext(List.of(), 3);

        assertEquals(List.of("lipstick", "mascara", "blush"), next.stream().map(ScoredItem::item).toList());
        assertTrue(model.popularity("lipstick") > model.popularity("blush"));
    }

    @Test
    void anUnknownCandidate_scoresBelowEveryKnownItem() {
        NextItemModel model = NextItemModel.train(List.of(List.of("a", "b"), List.of("c", "d")), DEFAULTS);

        double[] scores = model.score(List.of("a"), List.of("never-seen", "d"));

        assertTrue(scores[0] < scores[1]);
        assertEquals(0, model.popularity("never-seen"));
    }

    @Test
    void anItemReachedOnlyThroughAnotherOne_beatsAnEquallyPopularStranger() {
        // Nobody had cleanser then serum, but cleanser leads to toner and toner to serum.
        NextItemModel model = NextItemModel.train(List.of(
                List.of("cleanser", "toner"), List.of("toner", "serum"), List.of("perfume", "candle"),
                List.of("x", "serum"), List.of("y", "candle")), DEFAULTS);

        double[] scores = model.score(List.of("cleanser"), List.of("serum", "candle"));

        assertTrue(scores[0] > scores[1], scores[0] + " vs " + scores[1]);
    }

    @Test
    void strongestReason_namesTheHistoryItemThatLedToTheCandidate() {
        NextItemModel model = NextItemModel.train(List.of(
                List.of("razor", "shaving-foam"), List.of("razor", "shaving-foam"),
                List.of("lip-balm", "lip-gloss"), List.of("solo-hit")), DEFAULTS);
        List<String> history = List.of("razor", "lip-balm");

        assertEquals(Optional.of("razor"), model.strongestReason(history, "shaving-foam"));
        assertEquals(Optional.of("lip-balm"), model.strongestReason(history, "lip-gloss"));
        assertEquals(Optional.empty(), model.strongestReason(history, "solo-hit"), "popularity only");
        assertEquals(Optional.empty(), model.strongestReason(history, "never-seen"));
    }

    @Test
    void aSavedModelLoads_andScoresTheSame() throws IOException {
        NextItemSettings settings = new NextItemSettings(3, 0.5, 0.2, 10, 0.6, 0.5, 0.01, 0.9);
        NextItemModel model = NextItemModel.train(List.of(
                List.of("1", "2", "3", "4"), List.of("2", "3", "5"), List.of("5", "1", "ü-品"),
                List.of("4", "2")), settings);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.save(bytes);

        NextItemModel loaded = NextItemModel.load(new ByteArrayInputStream(bytes.toByteArray()));

        List<String> history = List.of("1", "2");
        List<String> candidates = List.of("3", "4", "5", "ü-品", "unknown");
        assertArrayEquals(model.score(history, candidates), loaded.score(history, candidates));
        assertEquals(model.topNext(history, 10), loaded.topNext(history, 10));
        assertEquals(model.itemCount(), loaded.itemCount());
        assertEquals(settings, loaded.settings());
        assertEquals(model.strongestReason(history, "5"), loaded.strongestReason(history, "5"));
    }

    @Test
    void loadingSomethingElse_isRefusedWithAnIoException() {
        IOException e = assertThrows(IOException.class,
                () -> NextItemModel.load(new ByteArrayInputStream("{\"not\":\"a model\"}".getBytes())));
        assertTrue(e.getMessage().startsWith("not a next-item model"), e.getMessage());
    }

    @Test
    void itemIdsAreOpaque_renumberingThemChangesNoScore() {
        List<List<String>> sequences = List.of(List.of("10", "20", "30"), List.of("20", "30"), List.of("40", "10"));
        List<List<String>> renamed = sequences.stream()
                .map(s -> s.stream().map(id -> "item-" + (100 - Integer.parseInt(id))).toList()).toList();

        double[] original = NextItemModel.train(sequences, DEFAULTS).score(List.of("20"), List.of("10", "30", "40"));
        double[] shuffled = NextItemModel.train(renamed, DEFAULTS)
                .score(List.of("item-80"), List.of("item-90", "item-70", "item-60"));

        assertArrayEquals(original, shuffled);
    }

    @Test
    void topNext_returnsAtMostLimit_bestFirst() {
        NextItemModel model = NextItemModel.train(List.of(List.of("a", "b", "c", "d", "e")), DEFAULTS);

        List<ScoredItem> next = model.topNext(List.of("a"), 2);

        assertEquals(2, next.size());
        assertFalse(next.get(0).score() < next.get(1).score());
        assertEquals(List.of(), model.topNext(List.of("a"), 0));
        assertEquals(5, model.itemCount());
    }
}
