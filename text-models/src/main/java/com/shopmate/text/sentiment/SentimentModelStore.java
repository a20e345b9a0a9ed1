package com.shopmate.text.sentiment;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.text.classifier.ModelArtifact;
import com.shopmate.text.classifier.TextClassifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder of sentiment model versions, {@code <root>/<version>/} each in the text-models artifact format
 * ({@link ModelArtifact}). The newest is the one whose {@code model.json} says it was created last. A version is a
 * hash of the model's content, so training the same data again finds its version already there.
 */
public final class SentimentModelStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREATED_AT = "createdAt";

    private final Path root;

    public SentimentModelStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Writes {@code classifier} as {@code <root>/<version>/} unless that version is there already; returns it. */
    public Path save(TextClassifier classifier) {
        Path directory = root.resolve(classifier.version());
        if (!Files.isRegularFile(directory.resolve(ModelArtifact.METADATA_FILE))) {
            classifier.save(directory);
        }
        return directory;
    }

    /**
     * The newest complete version, if any. Half-written ones (the artifact writer's {@code .partial-} staging
     * folders) have no place here: they are moved in whole, and folders without a {@code model.json} are skipped.
     */
    public Optional<Path> newest() {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children
                    .filter(dir -> !dir.getFileName().toString().startsWith("."))
                    .filter(dir -> !dir.getFileName().toString().contains(".partial-"))
                    .filter(dir -> Files.isRegularFile(dir.resolve(ModelArtifact.METADATA_FILE)))
                    .max(Comparator.comparing(SentimentModelStore::createdAt)
                            .thenComparing(dir -> dir.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** Loads {@link #newest()}, if there is one. */
    public Optional<TextClassifier> loadNewest() {
        return newest().map(TextClassifier::load);
    }

    /** The top-level {@code createdAt} of {@code model.json}, read without parsing its (large) vocabulary. */
    private static Instant createdAt(Path version) {
        try (JsonParser json = JSON.createParser(version.resolve(ModelArtifact.METADATA_FILE).toFile())) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Instant.EPOCH;
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (field.equals(CREATED_AT)) {
                    return Instant.parse(json.getText());
                }
                json.skipChildren();
            }
            return Instant.EPOCH;
        } catch (IOException | RuntimeException e) {
            // An unreadable model.json is no newer than anything: loading it, if chosen, says what is wrong.
            return Instant.EPOCH;
        }
    }
}
