package com.shopmate.text.entities;

import com.shopmate.text.entities.EntityTagger.TaggedSpan;
import com.shopmate.text.trainingdata.AnnotatedText;
import com.shopmate.text.trainingdata.EntityAnnotations;
import com.shopmate.text.trainingdata.EntitySpan;
import com.shopmate.text.trainingdata.TrainingDataLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tagger trained on the built-in pack, on sentences it never saw, with values it never saw
 * ({@code entities/held-out.txt}). It prints precision and recall over exact spans and asserts a floor only:
 * model quality is for reading, not a unit test.
 */
class HeldOutTaggerTest {

    private static final Path PACK = Path.of("..", "nlu-service", "src", "main", "resources", "nlu", "training");
    private static final Path HELD_OUT = Path.of("src", "test", "resources", "entities", "held-out.txt");
    private static final double RECALL_FLOOR = 0.4;
    private static final double PRECISION_FLOOR = 0.7;

    private static EntityModel model;
    private static double trainSeconds;

    @BeforeAll
    static void trainOnThePack() {
        var data = TrainingDataLoader.load(PACK);
        long start = System.nanoTime();
        model = EntityModelTrainer.train(data, TaggerSettings.DEFAULTS);
        trainSeconds = (System.nanoTime() - start) / 1e9;
    }

    @Test
    void findsUnseenValuesFromTheirContext() throws IOException {
        int expected = 0;
        int found = 0;
        int correct = 0;
        for (String line : Files.readAllLines(HELD_OUT)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            AnnotatedText annotated = EntityAnnotations.parse(line);
            TokenizedText text = TokenizedText.of(annotated.text());
            Set<String> gold = new HashSet<>();
            for (EntitySpan span : annotated.entities()) {
                gold.add(span.entity() + ":" + span.textIn(annotated.text()));
            }
            List<TaggedSpan> tagged = model.tagger().tag(text).stream()
                    .filter(s -> HeldOutTypes.ANSWERED.contains(s.type())).toList();
            Set<String> got = new HashSet<>();
            tagged.forEach(s -> got.add(s.type() + ":" + text.span(s.from(), s.to())));
            System.out.println(line + "  ->  " + tagged.stream().map(s -> s.type() + ":" + text.span(s.from(), s.to())
                    + String.format(Locale.ROOT, " (%.2f)", s.confidence())).toList());
            expected += gold.size();
            found += got.size();
            got.retainAll(gold);
            correct += got.size();
        }
        double precision = found == 0 ? 0 : (double) correct / found;
        double recall = (double) correct / expected;
        System.out.printf(Locale.ROOT, "held-out tagger: precision %.2f (%d/%d), recall %.2f (%d/%d); trained on the"
                + " pack in %.2f s%n", precision, correct, found, recall, correct, expected, trainSeconds);
        assertTrue(recall >= RECALL_FLOOR && precision >= PRECISION_FLOOR, "precision " + precision + ", recall "
                + recall);
    }

    /** The types nlu-service takes from the tagger: those no rule recognizer owns. */
    private static final class HeldOutTypes {
        static final Set<String> ANSWERED = Set.of("city", "address", "coupon_code", "carrier", "payment_method");
    }
}
