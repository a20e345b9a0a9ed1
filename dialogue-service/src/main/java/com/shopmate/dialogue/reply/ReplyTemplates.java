package com.shopmate.dialogue.reply;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bot's words, by intent and language, read from {@code dialogue/replies.yml}. */
public final class ReplyTemplates {

    public record Template(List<String> variants, List<String> quickReplies) {
        public Template {
            if (variants == null || variants.isEmpty()) {
                throw new IllegalArgumentException("a template needs at least one variant");
            }
            quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        }

        /** The n-th variant, cycling, so consecutive answers of one conversation differ. */
        public String variant(int n) {
            return variants.get(Math.floorMod(n, variants.size()));
        }
    }

    private final Map<String, Map<String, Template>> byIntent;

    private ReplyTemplates(Map<String, Map<String, Template>> byIntent) {
        this.byIntent = byIntent;
    }

    public static ReplyTemplates fromClasspath(String resource) {
        try (InputStream in = ReplyTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reply templates not found: " + resource);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reply templates unreadable: " + resource, e);
        }
    }

    /** An operator's wording file, in the bundled file's format. */
    public static ReplyTemplates fromFile(java.nio.file.Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reply templates unreadable: " + file, e);
        }
    }

    static ReplyTemplates parse(InputStream yaml) throws IOException {
        Map<String, Map<String, Template>> parsed = new ObjectMapper(new YAMLFactory())
                .readValue(yaml, new TypeReference<>() {
                });
        for (String required : List.of(ReplyComposer.FALLBACK, ReplyComposer.NOT_SUPPORTED_YET)) {
            for (String language : List.of("zh", "en")) {
                if (parsed.getOrDefault(required, Map.of()).get(language) == null) {
                    throw new IllegalStateException("reply templates lack '" + required + "' in " + language);
                }
            }
        }
        return new ReplyTemplates(Map.copyOf(parsed));
    }

    public Optional<Template> find(String intent, String language) {
        return Optional.ofNullable(byIntent.getOrDefault(intent, Map.of()).get(language));
    }

    public Template require(String intent, String language) {
        return find(intent, language).orElseThrow(() ->
                new IllegalStateException("no '" + intent + "' template in " + language));
    }
}
