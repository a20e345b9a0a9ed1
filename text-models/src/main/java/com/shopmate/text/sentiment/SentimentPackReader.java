package com.shopmate.text.sentiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.shopmate.text.classifier.Language;
import com.shopmate.text.trainingdata.SentenceKey;
import com.shopmate.text.trainingdata.TrainingDataSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks the YAML files of a {@link SentimentPack}; collects every problem before it fails. */
final class SentimentPackReader {

    static final int FORMAT_VERSION = 1;
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final Set<String> FILE_KEYS = Set.of("version", "tones");
    private static final Set<String> TONE_KEYS = Set.of("polarity", "emotion", "description", "examples");

    private record Seen(String source, String tone) {
    }

    private final List<SentimentPack.Example> examples = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Seen> seen = new HashMap<>();

    private SentimentPackReader() {
    }

    static List<SentimentPack.Example> read(List<TrainingDataSource> files) {
        SentimentPackReader reader = new SentimentPackReader();
        files.forEach(reader::readFile);
        if (reader.examples.isEmpty() && reader.problems.isEmpty()) {
            reader.problems.add("the pack has no examples");
        }
        if (!reader.problems.isEmpty()) {
            throw new SentimentPackException(reader.problems);
        }
        return reader.examples;
    }

    private void readFile(TrainingDataSource file) {
        JsonNode root;
        try {
            root = YAML.readTree(file.content());
        } catch (JsonProcessingException e) {
            problems.add(file.name() + ": not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
            return;
        }
        if (root == null || !root.isObject()) {
            problems.add(file.name() + ": expected a mapping with version and tones");
            return;
        }
        unknownKeys(root, FILE_KEYS, file.name());
        if (!root.path("version").isInt() || root.path("version").intValue() != FORMAT_VERSION) {
            problems.add(file.name() + ": version must be " + FORMAT_VERSION + ", got " + root.path("version"));
        }
        JsonNode tones = root.path("tones");
        if (!tones.isArray() || tones.isEmpty()) {
            problems.add(file.name() + ": tones must be a non-empty list");
            return;
        }
        for (int i = 0; i < tones.size(); i++) {
            readTone(tones.get(i), file.name(), i + 1);
        }
    }

    private void readTone(JsonNode tone, String source, int number) {
        String polarity = tone.path("polarity").asText("");
        String emotion = tone.path("emotion").asText("");
        String where = source + ": tone " + number + " (" + polarity + "/" + emotion + ")";
        if (!tone.isObject()) {
            problems.add(source + ": tone " + number + " must be a mapping of polarity, emotion and examples");
            return;
        }
        unknownKeys(tone, TONE_KEYS, where);
        boolean labelsOk = true;
        if (!SentimentLabels.POLARITIES.contains(polarity)) {
            problems.add(where + ": polarity must be one of " + SentimentLabels.POLARITIES);
            labelsOk = false;
        }
        if (!SentimentLabels.EMOTIONS.contains(emotion)) {
            problems.add(where + ": emotion must be one of " + SentimentLabels.EMOTIONS);
            labelsOk = false;
        }
        if (labelsOk && !SentimentLabels.fits(emotion, polarity)) {
            problems.add(where + ": a " + polarity + " text cannot feel " + emotion
                    + " (satisfaction is positive; anger, frustration and anxiety are negative)");
        }
        JsonNode byLanguage = tone.path("examples");
        if (!byLanguage.isObject() || byLanguage.isEmpty()) {
            problems.add(where + ": examples must be a mapping of zh and/or en lists");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = byLanguage.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> list = it.next();
            Language language;
            try {
                language = Language.byCode(list.getKey());
            } catch (IllegalArgumentException e) {
                problems.add(where + ": unknown language key '" + list.getKey() + "' (expected zh or en)");
                continue;
            }
            if (!list.getValue().isArray() || list.getValue().isEmpty()) {
                problems.add(where + ": " + list.getKey() + " must be a non-empty list of sentences");
                continue;
            }
            list.getValue().forEach(item -> readExample(item, language, polarity, emotion, source, where));
        }
    }

    private void readExample(JsonNode item, Language language, String polarity, String emotion, String source,
                             String where) {
        // YAML reads 88 as a number and true as a boolean: ask for quotes rather than guess what was typed.
        if (!item.isTextual() || item.textValue().isBlank()) {
            problems.add(where + ": " + item + " is not a sentence (quote numbers, yes/no, and text starting with "
                    + "[ { \" ' - ? * & ! | > % @)");
            return;
        }
        String text = item.textValue().strip();
        // Code-switched Chinese ("我的order到哪了") is Chinese: the classifier routes it by its Han characters.
        if (Language.of(text) != language) {
            problems.add(where + ": \"" + text + "\" is listed under " + language.code() + " but is "
                    + Language.of(text).code() + " (a sentence with a Chinese character goes under zh)");
            return;
        }
        Seen first = seen.putIfAbsent(SentenceKey.of(text), new Seen(source, polarity + "/" + emotion));
        if (first != null) {
            problems.add(where + ": \"" + text + "\" is already in " + first.source() + " (" + first.tone()
                    + "); a sentence is listed once");
            return;
        }
        examples.add(new SentimentPack.Example(text, language, polarity, emotion));
    }

    private void unknownKeys(JsonNode node, Set<String> known, String where) {
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                problems.add(where + ": unknown key '" + key + "' (expected " + String.join(", ",
                        known.stream().sorted().toList()) + ")");
            }
        });
    }
}
