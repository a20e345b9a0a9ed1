package com.shopmate.tools.training.sentiment;

import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.sentiment.TinySentimentSet;
import com.shopmate.tools.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentimentTrainingDataTest {

    @Test
    void rowsInTheOtherLanguagesScriptAreLeftOut(@TempDir Path dir) throws Exception {
        Path data = SentimentTrainCommandTest.datasets(dir);
        List<LabeledText> shopping = new ArrayList<>(TinySentimentSet.chinese().subList(0, 3));
        shopping.add(new LabeledText("waste of my money", "negative"));
        TestFiles.jsonl(data.resolve("online_shopping_10_cats/train.jsonl"), shopping);

        List<LabeledText> rows = SentimentTrainingData.read(data);

        assertFalse(rows.stream().anyMatch(r -> r.text().equals("waste of my money")));
        assertTrue(rows.containsAll(shopping.subList(0, 3)));
        assertTrue(rows.containsAll(TinySentimentSet.english()));
    }

    @Test
    void aLabelThatIsNoPolarityIsRefused(@TempDir Path dir) throws Exception {
        Path data = SentimentTrainCommandTest.datasets(dir);
        TestFiles.jsonl(data.resolve("waimai_10k/train.jsonl"), List.of(new LabeledText("一般", "meh")));

        var e = assertThrows(IllegalArgumentException.class, () -> SentimentTrainingData.read(data));
        assertTrue(e.getMessage().contains("'meh'"), e.getMessage());
    }

    @Test
    void readsEverySourceOnce(@TempDir Path dir) throws Exception {
        Path data = SentimentTrainCommandTest.datasets(dir);

        assertEquals(TinySentimentSet.all().size(), SentimentTrainingData.read(data).size());
    }
}
