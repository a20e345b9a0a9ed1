package com.shopmate.dialogue.faq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.text.encoder.Encoders;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Measures the FAQ search on shopper paraphrases and on messages it must not answer, and chooses the similarity
 * floor: on one half of the set, reported on the other. Not a test (quality is a figure, not a pass/fail):
 * <pre>
 * mvn -B -q -pl dialogue-service test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=com.shopmate.dialogue.faq.FaqRetrievalEval \
 *     [-Dexec.args="FAQ.jsonl SET.jsonl"]
 * </pre>
 * The set (default {@code faq/paraphrases.jsonl}) is JSON Lines {@code {text, language, id}}, {@code id} null for
 * a message no entry answers. The halves: of each entry's paraphrases in a language, the first is for tuning and
 * the second for testing; messages without an entry alternate, in file order. The floor maximises the mean over
 * languages of (accuracy - false-match rate) on the tuning half, placed halfway between the scores around it.
 * Figures go to stdout, the last line one JSON object; the misses go to stderr.
 */
public final class FaqRetrievalEval {

    private static final String SET = "faq/paraphrases.jsonl";
    private static final List<String> LANGUAGES = List.of("en", "zh");

    record Example(String text, String language, String id, boolean tuning) {
    }

    record Outcome(Example example, String found, double score) {

        boolean answered(double floor) {
            return found != null && score >= floor;
        }

        boolean right(double floor) {
            return answered(floor) && found.equals(example.id());
        }
    }

    record Figures(int positives, double accuracy, double top1, int negatives, double falseMatchRate) {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Encoders.english();
        Encoders.chinese();
        long encodersMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        Optional<Path> faqFile = args.length > 0 ? Optional.of(Path.of(args[0])) : Optional.empty();
        FaqIndex index = FaqIndex.load(faqFile, Double.NEGATIVE_INFINITY);
        long indexMs = (System.nanoTime() - start) / 1_000_000;
        List<Example> examples = examples(args.length > 1 ? Files.newInputStream(Path.of(args[1]))
                : FaqRetrievalEval.class.getClassLoader().getResourceAsStream(SET));

        List<Outcome> outcomes = new ArrayList<>();
        long[] latencies = new long[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            long t = System.nanoTime();
            Optional<FaqMatch> match = index.nearest(example.text(), example.language());
            latencies[i] = System.nanoTime() - t;
            outcomes.add(new Outcome(example, match.map(m -> m.entry().id()).orElse(null),
                    match.map(FaqMatch::score).orElse(Double.NEGATIVE_INFINITY)));
        }
        Arrays.sort(latencies);

        double floor = chooseFloor(outcomes, true);
        double swappedFloor = chooseFloor(outcomes, false);
        System.out.printf(Locale.ROOT, "FAQ %d entries; encoders loaded in %d ms, index built in %d ms; lookup p50"
                        + " %.1f ms, p99 %.1f ms%n", index.entries().size(), encodersMs, indexMs,
                latencies[latencies.length / 2] / 1e6, latencies[latencies.length * 99 / 100] / 1e6);
        System.out.printf(Locale.ROOT, "floor chosen on the tuning half: %.3f (on the test half instead: %.3f)%n",
                floor, swappedFloor);
        double shipped = Double.parseDouble(FaqProducer.DEFAULT_MIN_SIMILARITY);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("floor", round(floor));
        json.put("shipped_floor", shipped);
        for (String language : LANGUAGES) {
            Figures test = figures(outcomes, language, false, floor);
            Figures tune = figures(outcomes, language, true, floor);
            Figures swapped = figures(outcomes, language, true, swappedFloor);
            Figures atShipped = figures(outcomes, language, false, shipped);
            System.out.printf(Locale.ROOT, "%s test half: accuracy %.3f of %d (top-1 without floor %.3f), false"
                            + " matches %.3f of %d | tuning half: %.3f, %.3f | halves swapped: %.3f, %.3f"
                            + " | test half at the shipped floor %.2f: %.3f, %.3f%n",
                    language, test.accuracy(), test.positives(), test.top1(), test.falseMatchRate(),
                    test.negatives(), tune.accuracy(), tune.falseMatchRate(), swapped.accuracy(),
                    swapped.falseMatchRate(), shipped, atShipped.accuracy(), atShipped.falseMatchRate());
            json.put(language + "_shipped_accuracy", round(atShipped.accuracy()));
            json.put(language + "_shipped_false_match_rate", round(atShipped.falseMatchRate()));
            json.put(language + "_accuracy", round(test.accuracy()));
            json.put(language + "_top1", round(test.top1()));
            json.put(language + "_false_match_rate", round(test.falseMatchRate()));
            json.put(language + "_swapped_accuracy", round(swapped.accuracy()));
            json.put(language + "_swapped_false_match_rate", round(swapped.falseMatchRate()));
        }
        json.put("encoders_ms", encodersMs);
        json.put("index_ms", indexMs);
        for (Outcome o : outcomes) {
            if (!o.example().tuning() && (o.example().id() == null ? o.answered(floor) : !o.right(floor))) {
                System.err.printf(Locale.ROOT, "%s %-7s found %-7s %.3f  %s%n", o.example().language(),
                        o.example().id(), o.found(), o.score(), o.example().text());
            }
        }
        System.out.println(new ObjectMapper().writeValueAsString(json));
    }

    static List<Example> examples(InputStream in) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Example> examples = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (in) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                String id = row.path("id").isTextual() ? row.get("id").asText() : null;
                String language = row.get("language").asText();
                int nth = seen.merge(id + "|" + language, 1, Integer::sum);
                examples.add(new Example(row.get("text").asText(), language, id, nth % 2 == 1));
            }
        }
        return examples;
    }

    static double chooseFloor(List<Outcome> outcomes, boolean onTuningHalf) {
        double[] scores = outcomes.stream().filter(o -> o.example().tuning() == onTuningHalf)
                .mapToDouble(Outcome::score).filter(Double::isFinite).distinct().sorted().toArray();
        double bestObjective = Double.NEGATIVE_INFINITY;
        double bestFloor = scores[0];
        for (int i = 0; i < scores.length; i++) {
            double objective = 0;
            for (String language : LANGUAGES) {
                Figures f = figures(outcomes, language, onTuningHalf, scores[i]);
                objective += (f.accuracy() - f.falseMatchRate()) / LANGUAGES.size();
            }
            if (objective > bestObjective) {
                bestObjective = objective;
                bestFloor = i == 0 ? scores[0] : (scores[i - 1] + scores[i]) / 2;
            }
        }
        return bestFloor;
    }

    static Figures figures(List<Outcome> outcomes, String language, boolean tuningHalf, double floor) {
        int positives = 0;
        int right = 0;
        int top1 = 0;
        int negatives = 0;
        int falseMatches = 0;
        for (Outcome o : outcomes) {
            if (!o.example().language().equals(language) || o.example().tuning() != tuningHalf) {
                continue;
            }
            if (o.example().id() == null) {
                negatives++;
                falseMatches += o.answered(floor) ? 1 : 0;
            } else {
                positives++;
                right += o.right(floor) ? 1 : 0;
                top1 += o.example().id().equals(o.found()) ? 1 : 0;
            }
        }
        return new Figures(positives, (double) right / positives, (double) top1 / positives, negatives,
                (double) falseMatches / negatives);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
