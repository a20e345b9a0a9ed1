package com.shopmate.sentiment.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.text.trainingdata.SentenceKey;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuiltInPackTest {

    private static final Path PACK_FOLDER = Path.of("src", "main", "resources", "sentiment", "training");
    static final String HELD_OUT = "src/test/resources/sentiment/held-out-shopper-messages.jsonl";

    @Test
    void theServiceTrainsEveryFileOfThePackInNameOrder() throws IOException {
        // Name order is how ./shopmate train sentiment --pack-only reads the folder: both then train one model.
        try (Stream<Path> files = Files.list(PACK_FOLDER)) {
            List<String> expected = files.map(f -> "sentiment/training/" + f.getFileName()).sorted().toList();
            assertEquals(expected, BuiltInPack.resources());
        }
    }

    @Test
    void theHeldOutMessagesAreNotInThePack() throws IOException {
        Set<String> pack = BuiltInPack.pack().examples().stream().map(e -> SentenceKey.of(e.text()))
                .collect(Collectors.toSet());
        ObjectMapper json = new ObjectMapper();

        List<String> inPack = Files.readAllLines(Path.of(HELD_OUT)).stream()
                .map(line -> readText(json, line)).filter(text -> pack.contains(SentenceKey.of(text))).toList();

        assertTrue(inPack.isEmpty(), "held-out messages also in the pack: " + inPack);
    }

    private static String readText(ObjectMapper json, String line) {
        try {
            return json.readTree(line).get("text").asText();
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON line: " + line, e);
        }
    }
}
