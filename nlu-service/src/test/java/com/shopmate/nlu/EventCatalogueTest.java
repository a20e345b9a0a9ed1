package com.shopmate.nlu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.events.EventContract;
import com.shopmate.events.IntentClassified;
import com.shopmate.nlu.entity.EntityKind;
import com.shopmate.nlu.entity.EntitySource;
import com.shopmate.nlu.language.LanguageDetector;
import com.shopmate.text.trainingdata.EntitySpan;
import com.shopmate.text.trainingdata.Lookup;
import com.shopmate.text.trainingdata.RegexFeature;
import com.shopmate.text.trainingdata.TrainingData;
import com.shopmate.text.trainingdata.TrainingDataLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/events.md, the contract for developers in other languages, lists every value this service writes into
 * {@code IntentClassified}: the built-in pack's intents, every entity type, every source, every language; and the
 * schema's examples are the same lists.
 */
class EventCatalogueTest {

    private static final TrainingData PACK = TrainingDataLoader.load(Path.of("src/main/resources/nlu/training"));

    @Test
    void everyIntentOfTheBuiltInPackHasARow() throws IOException {
        assertListed("intent", PACK.intentNames());
    }

    @Test
    void everyEntityTypeOfTheRecognizersAndTheBuiltInPackHasARow() throws IOException {
        Set<String> types = new TreeSet<>();
        Arrays.stream(EntityKind.values()).map(EntityKind::type).forEach(types::add);
        PACK.lookups().stream().map(Lookup::name).forEach(types::add);
        PACK.regexes().stream().map(RegexFeature::name).forEach(types::add);
        PACK.examples().stream().flatMap(example -> example.entities().stream()).map(EntitySpan::entity)
                .forEach(types::add);
        assertListed("entity type", types);
    }

    @Test
    void everyEntitySourceAndLanguageHasARowAndIsAnExampleInTheSchema() throws IOException {
        List<String> sources = Arrays.stream(EntitySource.values()).map(EntitySource::eventName).toList();
        List<String> languages = List.of(LanguageDetector.CHINESE, LanguageDetector.ENGLISH);
        assertListed("source", sources);
        assertListed("language", languages);

        JsonNode schema = new ObjectMapper().readTree(EventContract.schema(IntentClassified.class))
                .at("/properties/payload/properties");
        assertEquals(sources, strings(schema.at("/entities/items/properties/source/examples")));
        assertEquals(languages, strings(schema.at("/language/examples")));
    }

    private static void assertListed(String what, Collection<String> values) throws IOException {
        String catalogue = Files.readString(Path.of("../docs/events.md"));
        for (String value : values) {
            assertTrue(catalogue.contains("\n| `" + value + "` |"), "docs/events.md has a row for " + what + " "
                    + value);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(node -> strings.add(node.asText()));
        return strings;
    }
}
