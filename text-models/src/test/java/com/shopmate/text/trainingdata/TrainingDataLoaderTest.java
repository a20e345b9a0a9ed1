package com.shopmate.text.trainingdata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingDataLoaderTest {

    private static final String ORDERS = """
            version: 1
            language_default: zh
            intents:
              - name: order_status
                description: 查询订单状态 / asking where an order is
                examples:
                  zh:
                    - 我的订单[SO20261201001](order_id)到哪了
                    - 帮我查一下订单状态
                  en:
                    - where is my order [SO20261201001](order_id)
                    - "[SO20261201001](order_id) status?"
            lookups:
              color: { zh: [红色, 黑色], en: [red, black] }
            synonyms:
              - value: black
                zh: [黑色, 黑的]
                en: [black, dark]
            """;

    @TempDir
    Path dir;

    @Test
    void loadsIntentsExamplesWithLanguageAndEntitiesLookupsAndSynonyms() throws IOException {
        TrainingData data = TrainingDataLoader.load(write("orders.yml", ORDERS));

        Intent orderStatus = data.intent("order_status").orElseThrow();
        assertEquals("查询订单状态 / asking where an order is", orderStatus.description());
        assertEquals(2, orderStatus.examples("zh").size());
        IntentExample first = data.examples().get(0);
        assertEquals(new IntentExample("我的订单SO20261201001到哪了", "order_status", "zh",
                List.of(new EntitySpan(4, 17, "order_id", "SO20261201001"))), first);
        assertEquals("SO20261201001 status?", orderStatus.examples("en").get(1).text());
        assertEquals(List.of("红色", "黑色"), data.lookup("color").orElseThrow().values("zh"));
        assertEquals("black", data.synonymFor("黑的").orElseThrow());
        assertEquals("black", data.synonymFor("Dark").orElseThrow());
    }

    @Test
    void directoryFilesAreMergedByIntentName() throws IOException {
        write("orders.yml", ORDERS);
        write("more-orders.yml", """
                version: 1
                intents:
                  - name: order_status
                    examples:
                      zh: [订单到哪一步了]
                  - name: greet
                    examples: [你好, hello]
                lookups:
                  color: { zh: [白色] }
                """);

        TrainingData data = TrainingDataLoader.load(dir);

        assertEquals(List.of("order_status", "greet"), data.intentNames());
        assertEquals(5, data.intent("order_status").orElseThrow().examples().size());
        assertEquals(List.of("订单到哪一步了", "我的订单SO20261201001到哪了", "帮我查一下订单状态"),
                data.intent("order_status").orElseThrow().examples("zh").stream().map(IntentExample::text).toList());
        assertEquals(List.of("白色", "红色", "黑色"), data.lookup("color").orElseThrow().values("zh"));
    }

    @Test
    void examplesWithoutLanguageKeysTakeTheDefaultOrTheirScript() throws IOException {
        TrainingData detected = TrainingDataLoader.load(write("a.yml", """
                version: 1
                intents:
                  - name: greet
                    examples: [你好, hello, 在吗亲, hey there]
                """));
        TrainingData defaulted = TrainingDataLoader.load(write("b.yml", """
                version: 1
                language_default: en
                intents:
                  - name: greet
                    examples: [你好, hello]
                """));

        assertEquals(List.of("zh", "zh", "en", "en"), detected.examples().stream().map(IntentExample::language).toList());
        assertEquals(List.of("en", "en"), defaulted.examples().stream().map(IntentExample::language).toList());
    }

    @Test
    void yesNoAndNumbersStayTheWordsTheShopperTyped() throws IOException {
        TrainingData data = TrainingDataLoader.load(write("a.yml", """
                version: 1
                intents:
                  - name: affirm
                    examples:
                      en: [yes, on, "y", 1]
                  - name: deny
                    examples:
                      en: [no, off, 0]
                """));

        assertEquals(List.of("yes", "on", "y", "1", "no", "off", "0"), data.examples().stream().map(IntentExample::text).toList());
    }

    @Test
    void rasaStyleBlockOfExamplesIsReadWithItsLines() throws IOException {
        Path file = write("a.yml", """
                version: 1
                intents:
                  - name: product_stock
                    examples:
                      zh: |
                        - [黑的]{"entity": "color", "value": "black"}还有吗
                        - 有货吗
                      en: |
                        - is the [black](color) one in stock
                        - in stock?
                        - in stock?
                """);

        TrainingDataException e = assertThrows(TrainingDataException.class, () -> TrainingDataLoader.load(file));

        assertEquals(List.of(new TrainingDataProblem(file.toString(), 11, "product_stock",
                "example \"in stock?\" is listed twice (also at " + file + ":10)")), e.problems());
    }

    @Test
    void exampleInTwoIntentsIsReportedWithBothFilesAndLines() throws IOException {
        write("orders.yml", ORDERS);
        Path other = write("tracking.yml", """
                version: 1
                intents:
                  - name: logistics_tracking
                    examples:
                      zh:
                        - 快递到哪了
                        - 帮我查一下订单状态！
                """);

        TrainingDataException e = assertThrows(TrainingDataException.class, () -> TrainingDataLoader.load(dir));

        TrainingDataProblem problem = e.problems().get(0);
        assertEquals(other.toString(), problem.source());
        assertEquals(7, problem.line());
        assertEquals("logistics_tracking", problem.intent());
        assertTrue(problem.message().contains("also an example of intent 'order_status' (" + dir.resolve("orders.yml") + ":9)"), problem.message());
    }

    @Test
    void everyProblemInAFileIsReportedAtOnceWithItsLine() throws IOException {
        Path file = write("bad.yml", """
                version: 1
                intents:
                  - name: order_status
                    examples:
                      cn: [我的订单呢]
                  - name: refund_status
                    examples:
                      zh: []
                  - name: cancel_order
                    exmaples:
                      zh: [取消订单]
                  - name: return_request
                    examples:
                      zh:
                        - 订单[SO1](order id)要退货
                        - 我要退货
                tables: {}
                """);

        TrainingDataException e = assertThrows(TrainingDataException.class, () -> TrainingDataLoader.load(file));

        List<String> problems = e.problems().stream().map(TrainingDataProblem::toString).toList();
        String name = file.toString();
        assertEquals(List.of(
                name + ":17: unknown key 'tables' (expected one of intents, language_default, lookups, regexes, synonyms, version)",
                name + ":5: intent 'order_status': unknown language key 'cn' (expected one of zh, en; Chinese is 'zh')",
                name + ":6: intent 'refund_status': the intent has no examples",
                name + ":10: intent 'cancel_order': unknown key 'exmaples' (expected name, description, examples)",
                name + ":9: intent 'cancel_order': the intent has no examples"), problems.subList(0, 5));
        assertTrue(problems.get(5).startsWith(name + ":15: intent 'return_request': unknown entity syntax at column 3"), problems.get(5));
        assertEquals(6, problems.size(), problems.toString());
        assertTrue(e.getMessage().startsWith("6 problems in the training data:"), e.getMessage());
    }

    @Test
    void unquotedExampleStartingWithABracketGetsAHint() throws IOException {
        Path file = write("a.yml", """
                version: 1
                intents:
                  - name: order_status
                    examples:
                      en:
                        - [SO20261201001](order_id) where is it
                """);

        TrainingDataException e = assertThrows(TrainingDataException.class, () -> TrainingDataLoader.load(file));

        TrainingDataProblem problem = e.problems().get(0);
        assertEquals(6, problem.line());
        assertTrue(problem.message().contains("must be quoted"), problem.message());
    }

    @Test
    void missingVersionAndAliasOfTwoValuesAreProblems() throws IOException {
        Path file = write("a.yml", """
                intents:
                  - name: greet
                    examples: [你好]
                synonyms:
                  - value: black
                    zh: [黑色]
                  - value: dark_grey
                    zh: [黑色]
                """);

        TrainingDataException e = assertThrows(TrainingDataException.class, () -> TrainingDataLoader.load(file));

        assertEquals(List.of(file + ":1: 'version: 1' is missing",
                file + ":8: '黑色' is a synonym of both 'black' (" + file + ":6) and 'dark_grey'"),
                e.problems().stream().map(TrainingDataProblem::toString).toList());
    }

    @Test
    void aRegexThatDoesNotCompileIsAProblemWithItsLine() throws IOException {
        Path file = write("a.yml", """
                version: 1
                intents:
                  - name: greet
                    examples: [你好]
                regexes:
                  coupon_code: ['[A-Z{4}']
                """);

        TrainingDataException e = assertThrows(TrainingDataException.class, () -> TrainingDataLoader.load(file));

        assertTrue(e.problems().get(0).toString().startsWith(file + ":6: regex 'coupon_code' is not a valid Java"
                + " regular expression"), e.problems().get(0).toString());
    }

    @Test
    void keyGivenTwiceIsAProblemRatherThanSilentlyReplaced() throws IOException {
        Path file = write("a.yml", """
                version: 1
                intents:
                  - name: greet
                    examples:
                      zh: [你好]
                      zh: [在吗]
                """);

        TrainingDataException e = assertThrows(TrainingDataException.class, () -> TrainingDataLoader.load(file));

        assertEquals(file + ":6: key 'zh' appears twice in one mapping; the second would silently replace the first",
                e.problems().get(0).toString());
    }

    @Test
    void filesAreReadFromTheClassPathToo() {
        TrainingData data = TrainingDataLoader.load(List.of(
                TrainingDataSource.ofResource(getClass().getClassLoader(), "trainingdata/greetings.yml")));

        assertEquals(List.of("你好", "在吗", "hello"), data.examples().stream().map(IntentExample::text).toList());
    }

    @Test
    void emptyDirectoryIsAProblem() {
        TrainingDataException e = assertThrows(TrainingDataException.class, () -> TrainingDataLoader.load(dir));

        assertTrue(e.getMessage().contains("no *.yml files"), e.getMessage());
    }

    @Test
    void loadedDataIsImmutable() throws IOException {
        TrainingData data = TrainingDataLoader.load(write("orders.yml", ORDERS));

        assertThrows(UnsupportedOperationException.class, () -> data.intents().clear());
        assertThrows(UnsupportedOperationException.class, () -> data.examples().clear());
        assertThrows(UnsupportedOperationException.class, () -> data.lookups().get(0).values().clear());
        assertThrows(UnsupportedOperationException.class, () -> data.examples().get(0).entities().clear());
    }

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }
}
