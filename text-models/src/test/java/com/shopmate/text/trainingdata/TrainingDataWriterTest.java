package com.shopmate.text.trainingdata;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingDataWriterTest {

    private static final TrainingData DATA = new TrainingData(
            List.of(
                    new Intent("affirm", "确认 / saying yes", List.of(
                            new IntentExample("好的", "affirm", "zh"),
                            new IntentExample("yes", "affirm", "en"),
                            new IntentExample("no problem: go ahead", "affirm", "en"),
                            new IntentExample("1", "affirm", "en"),
                            new IntentExample("'sure' #1", "affirm", "en"))),
                    new Intent("product_stock", "", List.of(
                            new IntentExample("SF123 还有黑的吗", "product_stock", "zh", List.of(
                                    new EntitySpan(0, 5, "sku", "SF123"), new EntitySpan(8, 10, "color", "black"))),
                            new IntentExample("- [图片] in stock?", "product_stock", "en")))),
            List.of(new Lookup("color", Map.of("zh", List.of("红色", "黑,白"), "en", List.of("red")))),
            List.of(new Synonym("black", Map.of("zh", List.of("黑的"), "en", List.of("dark", "no")))),
            List.of(new RegexFeature("order_id", List.of("SO\\d{11}", "it's"))));

    @Test
    void writtenYamlLoadsBackAsEqualData() {
        String yaml = TrainingDataWriter.toYaml(DATA);

        assertEquals(DATA, TrainingDataLoader.load(List.of(new TrainingDataSource("written.yml", yaml))));
    }

    @Test
    void wordsYamlWouldReadAsBooleansOrNumbersAreQuoted() {
        String yaml = TrainingDataWriter.toYaml(DATA);

        assertTrue(yaml.contains("        - 'yes'\n"), yaml);
        assertTrue(yaml.contains("        - '1'\n"), yaml);
        assertTrue(yaml.contains("en: [dark, 'no']"), yaml);
        assertTrue(yaml.contains("        - 好的\n"), yaml);
    }

    @Test
    void examplesAreWrittenWithTheirAnnotationsChineseFirst() {
        String yaml = TrainingDataWriter.toYaml(DATA);

        assertTrue(yaml.contains("""
                  - name: product_stock
                    examples:
                      zh:
                        - '[SF123](sku) 还有[黑的]{"entity":"color","value":"black"}吗'
                      en:
                        - '- [图片] in stock?'
                """), yaml);
        assertTrue(yaml.contains("  color: { zh: [红色, '黑,白'], en: [red] }\n"), yaml);
    }

    @Test
    void textThatWouldReadBackAsAnAnnotationIsRefused() {
        TrainingData ambiguous = new TrainingData(List.of(new Intent("greet", "", List.of(
                new IntentExample("hi [there](friend)", "greet", "en")))), List.of(), List.of(), List.of());

        assertThrows(IllegalArgumentException.class, () -> TrainingDataWriter.toYaml(ambiguous));
    }
}
