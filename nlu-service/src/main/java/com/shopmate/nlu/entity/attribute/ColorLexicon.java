package com.shopmate.nlu.entity.attribute;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.shopmate.nlu.entity.PhraseMatcher;
import com.shopmate.nlu.entity.PhraseMatcher.Match;
import com.shopmate.nlu.entity.PhraseMatcher.Phrase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The colour names of {@code nlu/entities/colors.yml} (see there), found in text. */
public final class ColorLexicon {

    public static final String RESOURCE = "nlu/entities/colors.yml";
    /** After one of these a one-character colour is a colour: 黑的, 黑款. */
    private static final String AFTER_ONE_CHARACTER = "的款";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public record Color(String value, String family, List<String> zh, List<String> en) {
        public Color {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(RESOURCE + ": a colour without a value");
            }
            family = family == null ? value : family;
            zh = zh == null ? List.of() : List.copyOf(zh);
            en = en == null ? List.of() : List.copyOf(en);
        }
    }

    record Table(List<Color> colors, List<String> stopPhrases) {
    }

    private final PhraseMatcher<Color> names;
    private final PhraseMatcher<Boolean> stopPhrases;
    private final Map<String, Color> byName = new HashMap<>();

    public ColorLexicon(List<Color> colors, List<String> stopPhrases) {
        List<Phrase<Color>> phrases = new ArrayList<>();
        for (Color color : colors) {
            for (String name : concat(color.zh(), color.en())) {
                String key = name.toLowerCase(Locale.ROOT);
                Color clash = byName.put(key, color);
                if (clash != null && clash != color) {
                    throw new IllegalArgumentException(RESOURCE + ": '" + name + "' is both " + clash.value()
                            + " and " + color.value());
                }
                phrases.add(new Phrase<>(name, color));
            }
        }
        this.names = new PhraseMatcher<>(phrases);
        this.stopPhrases = new PhraseMatcher<>(stopPhrases.stream().map(p -> new Phrase<>(p, Boolean.TRUE)).toList());
    }

    public static ColorLexicon fromClasspath() {
        try (InputStream in = ColorLexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            Table table = YAML.readValue(in, Table.class);
            return new ColorLexicon(table.colors(), table.stopPhrases() == null ? List.of() : table.stopPhrases());
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The colours named in lower-cased text, outside the stop phrases. */
    public List<Match<Color>> find(String lower) {
        List<Match<Boolean>> stops = stopPhrases.find(lower);
        return names.find(lower, match -> isStandalone(lower, match) && stops.stream()
                .noneMatch(stop -> stop.start() < match.end() && match.start() < stop.end()));
    }

    /** The families of a colour as a catalog names it ("曜石黑", "Obsidian Black"), or none when unknown. */
    public Set<String> familiesOf(List<String> names) {
        return names.stream().map(n -> byName.get(n.strip().toLowerCase(Locale.ROOT))).filter(c -> c != null)
                .map(Color::family).collect(Collectors.toSet());
    }

    private static boolean isStandalone(String lower, Match<Color> match) {
        boolean oneHanCharacter = match.end() - match.start() == 1
                && Character.UnicodeScript.of(lower.charAt(match.start())) == Character.UnicodeScript.HAN;
        return !oneHanCharacter || match.end() < lower.length()
                && AFTER_ONE_CHARACTER.indexOf(lower.charAt(match.end())) >= 0;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
