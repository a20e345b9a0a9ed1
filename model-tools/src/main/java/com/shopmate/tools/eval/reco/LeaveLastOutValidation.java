package com.shopmate.tools.eval.reco;

import com.shopmate.reco.model.NextItemModel;
import com.shopmate.reco.model.NextItemSettings;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validation protocol of {@code reco-eval --validate}: each sequence's last item is held out, the model trains
 * on the prefixes only and ranks the held-out item against {@link #NEGATIVES} items that user never touched
 * (sampled uniformly from every item of the file). Popularity (training count) is ranked the same way, as the floor.
 * Users with fewer than two items have nothing to hold out and are not counted.
 */
final class LeaveLastOutValidation {

    static final int NEGATIVES = 100;

    private LeaveLastOutValidation() {
    }

    static RecoValidationResult run(List<UserSequence> sequences, NextItemSettings settings, long seed,
                                    PrintWriter progress) {
        List<List<String>> prefixes = new ArrayList<>(sequences.size());
        for (UserSequence sequence : sequences) {
            prefixes.add(sequence.items().subList(0, Math.max(0, sequence.items().size() - 1)));
        }
        long start = System.nanoTime();
        NextItemModel model = NextItemModel.train(prefixes, settings);
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        progress.printf("trained on %d prefixes (%d items) in %.1f s%n", prefixes.size(), model.itemCount(),
                trainSeconds);
        progress.flush();

        Map<String, Integer> counts = trainingCounts(prefixes);
        NegativeSampler sampler = new NegativeSampler(NegativeSampler.poolOf(sequences), seed);
        RankingMetrics modelMetrics = new RankingMetrics();
        RankingMetrics popularityMetrics = new RankingMetrics();
        for (int u = 0; u < sequences.size(); u++) {
            List<String> items = sequences.get(u).items();
            if (items.size() < 2) {
                continue;
            }
            String target = items.get(items.size() - 1);
            Set<String> touched = NegativeSampler.touchedBy(sequences.get(u));
            List<String> candidates = new ArrayList<>(NEGATIVES + 1);
            candidates.add(target);
            candidates.addAll(sampler.sample(touched, NEGATIVES));
            record(modelMetrics, model.score(prefixes.get(u), candidates));
            double[] popularity = new double[candidates.size()];
            for (int i = 0; i < popularity.length; i++) {
                popularity[i] = counts.getOrDefault(candidates.get(i), 0);
            }
            record(popularityMetrics, popularity);
        }
        progress.printf("ranked the held-out item of %d users against %d negatives each%n", modelMetrics.users(),
                NEGATIVES);
        progress.flush();
        return new RecoValidationResult(modelMetrics.hitRate(), modelMetrics.ndcg(), popularityMetrics.hitRate(),
                popularityMetrics.ndcg(), trainSeconds, PeakMemory.megabytes(), modelMetrics.users());
    }

    /** scores[0] is the target's, the rest the negatives'. */
    private static void record(RankingMetrics metrics, double[] scores) {
        double[] negatives = new double[scores.length - 1];
        System.arraycopy(scores, 1, negatives, 0, negatives.length);
        metrics.add(scores[0], negatives);
    }

    private static Map<String, Integer> trainingCounts(List<List<String>> prefixes) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> prefix : prefixes) {
            for (String item : prefix) {
                counts.merge(item, 1, Integer::sum);
            }
        }
        return counts;
    }
}
