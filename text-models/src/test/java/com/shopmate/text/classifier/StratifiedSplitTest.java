package com.shopmate.text.classifier;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StratifiedSplitTest {

    private static final List<LabeledText> ROWS = new ArrayList<>();

    static {
        for (int i = 0; i < 40; i++) {
            ROWS.add(new LabeledText("question " + i, i < 30 ? "common" : "rare"));
        }
    }

    @Test
    void eachLabelGivesItsShare() {
        StratifiedSplit.Split split = StratifiedSplit.carve(ROWS, 0.2, StratifiedSplit.VALIDATION_SALT);

        assertEquals(6, split.carved().stream().filter(r -> r.label().equals("common")).count());
        assertEquals(2, split.carved().stream().filter(r -> r.label().equals("rare")).count());
        assertEquals(32, split.rest().size());
    }

    @Test
    void theSplitIsTheSameEveryTimeAndDisjoint() {
        StratifiedSplit.Split a = StratifiedSplit.carve(ROWS, 0.2, StratifiedSplit.VALIDATION_SALT);
        StratifiedSplit.Split b = StratifiedSplit.carve(new ArrayList<>(ROWS), 0.2, StratifiedSplit.VALIDATION_SALT);

        assertEquals(a, b);
        HashSet<LabeledText> rest = new HashSet<>(a.rest());
        assertTrue(a.carved().stream().noneMatch(rest::contains));
    }

    @Test
    void anotherSaltCarvesOtherRows() {
        assertNotEquals(StratifiedSplit.carve(ROWS, 0.2, StratifiedSplit.VALIDATION_SALT).carved(),
                StratifiedSplit.carve(ROWS, 0.2, StratifiedSplit.TEST_SALT).carved());
    }

    @Test
    void rowsAreOrderedBySha256OfSaltAndText() {
        // At the smallest fraction only the row whose sha256("val|" + text) sorts first is carved.
        List<LabeledText> common = ROWS.subList(0, 30);
        String first = common.stream().map(r -> StratifiedSplit.sha256("val|" + r.text())).sorted().findFirst()
                .orElseThrow();

        LabeledText carved = StratifiedSplit.carve(common, 0.02, "val").carved().get(0);
        assertEquals(first, StratifiedSplit.sha256("val|" + carved.text()));
    }
}
