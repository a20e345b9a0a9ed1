package com.shopmate.console.replies;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The canned replies per language, read from a YAML file ({@code zh: [{key, title, text}], en: [...]}). */
public final class CannedReplies {

    private final Map<String, List<CannedReply>> byLanguage;

    private CannedReplies(Map<String, List<CannedReply>> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
    }

    /** Reads a file on disk when {@code location} names one, else the classpath resource of that name. */
    public static CannedReplies load(String location) {
        Path file = Path.of(location);
        try (InputStream in = Files.isRegularFile(file) ? Files.newInputStream(file)
                : CannedReplies.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("no canned replies at " + location
                        + " (shopmate.console.canned-replies: a file or a classpath resource)");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("canned replies at " + location + " unreadable: " + e.getMessage(), e);
        }
    }

    static CannedReplies read(InputStream yaml) throws IOException {
        Map<String, List<CannedReply>> read = new ObjectMapper(new YAMLFactory()).readValue(yaml,
                new TypeReference<Map<String, List<CannedReply>>>() { });
        for (var language : read.entrySet()) {
            for (CannedReply reply : language.getValue()) {
                if (reply.key() == null || reply.text() == null || reply.text().isBlank()) {
                    throw new IllegalStateException("a canned reply in '" + language.getKey()
                            + "' lacks its key or text: " + reply);
                }
            }
        }
        return new CannedReplies(read);
    }

    /** The replies in {@code language}; none for a language the file does not have. */
    public List<CannedReply> in(String language) {
        return byLanguage.getOrDefault(language, List.of());
    }
}
