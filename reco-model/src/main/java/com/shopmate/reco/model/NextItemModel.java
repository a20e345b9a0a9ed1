package com.shopmate.reco.model;

import com.shopmate.reco.model.NextItemModelFormat.SavedModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Which item a shopper takes next, learned from shoppers' interaction sequences: items that followed the
 * shopper's recent items in other sequences (nearer in time and in the sequence counts more), items one step
 * further along those links, and a recency-weighted popularity prior. Item ids are opaque strings: nothing is read
 * from their value. Immutable once trained or loaded; safe to share between threads.
 */
public final class NextItemModel {

    private final NextItemSettings settings;
    private final ItemIndex index;
    private final double[] recentCounts;
    private final double[] popularity;
    private final ItemGraph graph;

    private NextItemModel(NextItemSettings settings, ItemIndex index, double[] recentCounts, SparseRows transitions) {
        this.settings = settings;
        this.index = index;
        this.recentCounts = recentCounts;
        this.popularity = PopularityPrior.logOf(recentCounts);
        this.graph = new ItemGraph(transitions);
    }

    /** sequences: each user's items in time order (String ids); weights optional per event elsewhere, keep simple */
    public static NextItemModel train(List<List<String>> sequences, NextItemSettings settings) {
        Objects.requireNonNull(settings, "settings");
        ItemIndex index = ItemIndex.fromSequences(sequences);
        int[][] positions = new int[sequences.size()][];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = index.positionsOf(sequences.get(i));
        }
        double[] recentCounts = PopularityPrior.recentCounts(positions, index.size(),
                settings.popularityRecencyDecay());
        SparseRows transitions = new TransitionCounter(settings).count(positions, index.size());
        return new NextItemModel(settings, index, recentCounts, transitions);
    }

    /** scores for each candidate given a shopper's history (oldest first); higher is better; unknown items get the lowest popularity */
    public double[] score(List<String> history, List<String> candidates) {
        HistoryScores scores = scoresFor(history);
        double[] out = new double[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            int item = index.positionOf(candidates.get(i));
            // Every known item scores above 0 (its popularity is), so an unknown one ranks below all of them.
            out[i] = item == ItemIndex.UNKNOWN ? 0 : scores.scoreOf(item);
        }
        return out;
    }

    /** the items most likely next, excluding the history, best first, at most limit (for a catalogue small enough, e.g. <= 100k items) */
    public List<ScoredItem> topNext(List<String> history, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        double[] scores = scoresFor(history).allScores();
        Set<Integer> seen = new HashSet<>();
        for (int item : index.positionsOf(history)) {
            seen.add(item);
        }
        // Ties go to the smaller id string, so the order never depends on the index's numbering.
        Comparator<ScoredItem> worstFirst = Comparator.comparingDouble(ScoredItem::score)
                .thenComparing(ScoredItem::item, Comparator.reverseOrder());
        PriorityQueue<ScoredItem> best = new PriorityQueue<>(limit + 1, worstFirst);
        for (int item = 0; item < scores.length; item++) {
            if (seen.contains(item)) {
                continue;
            }
            ScoredItem scored = new ScoredItem(index.idAt(item), scores[item]);
            if (best.size() < limit) {
                best.add(scored);
            } else if (worstFirst.compare(scored, best.peek()) > 0) {
                best.poll();
                best.add(scored);
            }
        }
        List<ScoredItem> ranked = new ArrayList<>(best);
        ranked.sort(worstFirst.reversed());
        return ranked;
    }

    /** why an item is suggested: the history item that contributed most to its score, or empty when it came from popularity only */
    public Optional<String> strongestReason(List<String> history, String candidate) {
        int item = index.positionOf(candidate);
        if (item == ItemIndex.UNKNOWN) {
            return Optional.empty();
        }
        int reason = scoresFor(history).strongestContributor(item);
        return reason < 0 ? Optional.empty() : Optional.of(index.idAt(reason));
    }

    /**
     * The prior every score starts from: {@code log(1 + c)}, c the item's training occurrences each weighted
     * {@code popularityRecencyDecay^k} by its distance k from the end of its sequence; 0 for an unknown item.
     */
    public double popularity(String item) {
        int position = index.positionOf(item);
        return position == ItemIndex.UNKNOWN ? 0 : popularity[position];
    }

    /** How many distinct items the model knows. */
    public int itemCount() {
        return index.size();
    }

    public NextItemSettings settings() {
        return settings;
    }

    /** Gzip of a versioned binary format ({@link NextItemModelFormat}); the stream is left open. */
    public void save(OutputStream out) throws IOException {
        NextItemModelFormat.write(new SavedModel(settings, index.ids(), recentCounts, graph.transitions()), out);
    }

    /** Reads what {@link #save} wrote; an IOException names a stream that is not such a model or a newer format. */
    public static NextItemModel load(InputStream in) throws IOException {
        SavedModel saved = NextItemModelFormat.read(in);
        return new NextItemModel(saved.settings(), ItemIndex.of(saved.ids()), saved.recentCounts(),
                saved.transitions());
    }

    private HistoryScores scoresFor(List<String> history) {
        return new HistoryScores(graph, WeightedHistory.of(history, index, settings), settings, popularity);
    }
}
