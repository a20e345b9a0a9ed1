package com.shopmate.text.sentiment;

import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.Language;
import com.shopmate.text.trainingdata.TrainingDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentimentPackTest {

    static final Path TINY_PACK = Path.of("src", "test", "resources", "sentiment", "pack");

    @Test
    void examplesAreLabelledWithTheirToneAndLanguage() {
        SentimentPack pack = SentimentPack.loadDirectory(TINY_PACK);

        assertTrue(pack.tones().contains(new LabeledText("我想退货", "neutral/neutral")));
        assertTrue(pack.tones().contains(new LabeledText("急！明天就要用", "negative/anxiety")));
        assertTrue(pack.tones().contains(new LabeledText("great, thanks so much", "positive/satisfaction")));
        SentimentPack.Example thanks = pack.examples().stream().filter(e -> e.text().equals("谢谢亲")).findFirst()
                .orElseThrow();
        assertEquals(Language.CHINESE, thanks.language());
        assertEquals("positive", thanks.polarity());
    }

    @Test
    void describeCountsEachLanguageAndTone() {
        String described = SentimentPack.loadDirectory(TINY_PACK).describe();

        assertTrue(described.startsWith("en 24 ("), described);
        assertTrue(described.contains("zh 23 (") && described.contains("8 neutral/neutral"), described);
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce() {
        String orders = """
                version: 1
                tones:
                  - polarity: negative
                    emotion: satisfaction
                    examples:
                      zh: [太慢了]
                  - polarity: sad
                    emotion: neutral
                    examples:
                      en: [meh]
                  - polarity: neutral
                    emotion: neutral
                    colour: blue
                    examples:
                      en: [我的订单到哪了, 88]
                      fr: [où est ma commande]
                """;
        String returns = """
                version: 2
                tones:
                  - polarity: neutral
                    emotion: neutral
                    examples:
                      zh: [太慢了！, return it please]
                """;

        var e = assertThrows(SentimentPackException.class, () -> SentimentPack.load(List.of(
                new TrainingDataSource("orders.yml", orders), new TrainingDataSource("returns.yml", returns))));

        String message = e.getMessage();
        assertTrue(message.startsWith("9 problems in the sentiment pack:"), message);
        assertTrue(message.contains("orders.yml: tone 1 (negative/satisfaction): a negative text cannot feel "
                + "satisfaction"), message);
        assertTrue(message.contains("orders.yml: tone 2 (sad/neutral): polarity must be one of"), message);
        assertTrue(message.contains("unknown key 'colour'"), message);
        assertTrue(message.contains("\"我的订单到哪了\" is listed under en but is zh"), message);
        assertTrue(message.contains("88 is not a sentence (quote numbers"), message);
        assertTrue(message.contains("unknown language key 'fr'"), message);
        assertTrue(message.contains("returns.yml: version must be 1, got 2"), message);
        assertTrue(message.contains("\"return it please\" is listed under zh but is en"), message);
        assertTrue(message.contains("returns.yml: tone 1 (neutral/neutral): \"太慢了！\" is already in orders.yml "
                + "(negative/satisfaction)"), message);
    }

    @Test
    void aFolderWithoutYamlFilesIsNoPack(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "not a pack");

        var e = assertThrows(IllegalArgumentException.class, () -> SentimentPack.loadDirectory(dir));

        assertTrue(e.getMessage().contains("no .yml files"), e.getMessage());
    }
}
