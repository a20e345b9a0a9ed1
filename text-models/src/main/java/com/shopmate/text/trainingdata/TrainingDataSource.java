package com.shopmate.text.trainingdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The text of one training-data file and the name problems are reported under. Lets a service read the pack from
 * its class path as well as from disk.
 */
public record TrainingDataSource(String name, String content) {

    public TrainingDataSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    public static TrainingDataSource of(Path file) {
        try {
            return new TrainingDataSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read training data " + file, e);
        }
    }

    /** @param resource a class-path resource such as {@code nlu/training/orders.yml} */
    public static TrainingDataSource ofResource(ClassLoader classLoader, String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no class-path resource " + resource);
            }
            return new TrainingDataSource(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read training data " + resource, e);
        }
    }
}
