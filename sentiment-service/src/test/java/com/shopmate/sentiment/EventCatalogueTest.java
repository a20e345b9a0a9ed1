package com.shopmate.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.events.EventContract;
import com.shopmate.events.SentimentScored;
import com.shopmate.text.sentiment.SentimentLabels;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/events.md, the contract for developers in other languages, lists every polarity and emotion this service
 * writes into {@code SentimentScored}, and the schema's examples are the same lists.
 */
class EventCatalogueTest {

    @Test
    void everyPolarityAndEmotionHasARowAndIsAnExampleInTheSchema() throws IOException {
        String catalogue = Files.readString(Path.of("../docs/events.md"));
        String polarities = section(catalogue, "### Polarities");
        String emotions = section(catalogue, "### Emotions");
        SentimentLabels.POLARITIES.forEach(polarity -> assertTrue(polarities.contains("\n| `" + polarity + "` |"),
                "docs/events.md lists polarity " + polarity));
        SentimentLabels.EMOTIONS.forEach(emotion -> assertTrue(emotions.contains("\n| `" + emotion + "` |"),
                "docs/events.md lists emotion " + emotion));

        JsonNode schema = new ObjectMapper().readTree(EventContract.schema(SentimentScored.class))
                .at("/properties/payload/properties");
        assertEquals(SentimentLabels.POLARITIES, strings(schema.at("/polarity/examples")));
        assertEquals(SentimentLabels.EMOTIONS, strings(schema.at("/emotion/examples")));
    }

    /** From the heading to the next heading: "neutral" is both a polarity and an emotion. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "docs/events.md has a section " + heading);
        int end = markdown.indexOf("\n#", start + heading.length() + 2);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(node -> strings.add(node.asText()));
        return strings;
    }
}
