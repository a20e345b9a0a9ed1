package com.shopmate.text.trainingdata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RasaNluImporterTest {

    @TempDir
    Path dir;

    @Test
    void intentsAreImportedWithEachExamplesLanguageDetected() {
        TrainingData data = importSample().data();

        assertEquals(List.of("greet", "order_status", "product_stock", "logistics_tracking", "change_address"), data.intentNames());
        Intent orderStatus = data.intent("order_status").orElseThrow();
        assertEquals(List.of("我的订单SO20261201001到哪一步了", "订单20261130887766怎么还没发货", "帮我看看我的order状态"),
                orderStatus.examples("zh").stream().map(IntentExample::text).toList());
        assertEquals(List.of("where is my order SO20261201001", "has order 20261130887766 shipped yet?"),
                orderStatus.examples("en").stream().map(IntentExample::text).toList());
        assertEquals(List.of(new EntitySpan(4, 17, "order_id", "SO20261201001")), orderStatus.examples("zh").get(0).entities());
    }

    @Test
    void everyRasaEntitySyntaxBecomesASpanWithItsValue() {
        Intent stock = importSample().data().intent("product_stock").orElseThrow();

        assertEquals(List.of(
                List.of(new EntitySpan(0, 2, "color", "黑色")),
                List.of(new EntitySpan(0, 2, "color", "white")),
                List.of(new EntitySpan(2, 5, "size", "42码")),
                List.of(new EntitySpan(7, 12, "color", "black")),
                List.of(new EntitySpan(23, 24, "size", "M"), new EntitySpan(28, 32, "color", "black")),
                List.of(new EntitySpan(4, 8, "color", "blue"))), stock.examples().stream().map(IntentExample::entities).toList());
    }

    @Test
    void synonymsAndLookupsAreSplitByLanguage() {
        TrainingData data = importSample().data();

        assertEquals(Map.of("zh", List.of("黑色", "黑的"), "en", List.of("dark")), data.synonyms().get(0).aliases());
        assertEquals("white", data.synonymFor("白的").orElseThrow());
        Lookup color = data.lookup("color").orElseThrow();
        assertEquals(List.of("红色", "黑色", "白色"), color.values("zh"));
        assertEquals(List.of("red", "black", "navy"), color.values("en"));
    }

    @Test
    void regexesAreKeptAndReportedAsNotUsedYet() {
        RasaImport imported = importSample();

        assertEquals(List.of(new RegexFeature("order_id", List.of("SO\\d{11}", "\\d{14}")),
                new RegexFeature("tracking_number", List.of("(SF|YT)\\d{13}"))), imported.data().regexes());
        assertTrue(imported.notices().contains("2 regexes kept (order_id, tracking_number): they find entities of those types"),
                imported.notices().toString());
    }

    @Test
    void whatIsDroppedIsToldWithItsLine() {
        List<String> notices = importSample().notices();

        assertTrue(notices.stream().anyMatch(n -> n.endsWith("rasa-nlu.yml:34: dropped role 'return_parcel' of the entity on 'YT9876543210987'")), notices.toString());
        assertTrue(notices.stream().anyMatch(n -> n.contains("metadata of intent 'change_address' ignored")), notices.toString());
        assertTrue(notices.stream().anyMatch(n -> n.endsWith("'rules' is dialogue data, not imported")), notices.toString());
    }

    @Test
    void importedDataWrittenInOurFormatLoadsBackEqual() throws IOException {
        TrainingData imported = importSample().data();
        Path converted = dir.resolve("converted.yml");

        TrainingDataWriter.write(imported, converted);

        assertEquals(imported, TrainingDataLoader.load(converted));
    }

    @Test
    void badRasaDataIsReportedWithFileLineAndIntent() throws IOException {
        Path file = Files.writeString(dir.resolve("nlu.yml"), """
                version: "3.1"
                nlu:
                - intent: greet
                  examples: |
                    - 你好
                    hello
                - intent: thanks
                  examples: |
                    - 谢谢
                - intent: affirm
                  examples: |
                    - 谢谢
                    - [yes](confirmation
                """);

        TrainingDataException e = assertThrows(TrainingDataException.class, () -> RasaNluImporter.load(file));

        List<String> problems = e.problems().stream().map(TrainingDataProblem::toString).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(file + ":4: intent 'greet': line 6: an example in a block must start with '- '"), problems.get(0));
        assertTrue(problems.get(1).startsWith(file + ":12: intent 'affirm': example \"谢谢\" is also an example of intent 'thanks'"), problems.get(1));
        assertTrue(problems.get(2).startsWith(file + ":13: intent 'affirm': unknown entity syntax"), problems.get(2));
    }

    private static RasaImport importSample() {
        try {
            return RasaNluImporter.load(Path.of(RasaNluImporterTest.class.getResource("/trainingdata/rasa-nlu.yml").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
