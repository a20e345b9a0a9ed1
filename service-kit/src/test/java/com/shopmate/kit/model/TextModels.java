package com.shopmate.kit.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A kind of model for tests: a version is a folder with a {@code model.txt}; the model is its text. */
final class TextModels implements ModelLoader<String> {

    static final String BUILT_IN = "built-in";

    private final Path root;
    /** Counted down when a load starts; a load waits for {@link #release} when it is set. */
    volatile CountDownLatch loading;
    volatile CountDownLatch release;

    TextModels(Path root) {
        this.root = root;
    }

    /** Saves a version named {@code name} whose model says {@code text}. */
    Path save(String name, String text) {
        try {
            Path version = Files.createDirectories(root.resolve(name));
            Files.writeString(version.resolve("model.txt"), text);
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String load(Path version) {
        if (loading != null) {
            loading.countDown();
        }
        if (release != null) {
            try {
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        try {
            String text = Files.readString(version.resolve("model.txt"));
            if (text.isBlank()) {
                throw new IllegalStateException(version + " is damaged");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("not a text model: " + version, e);
        }
    }

    @Override
    public String builtIn() {
        return BUILT_IN;
    }

    @Override
    public Optional<Path> newest(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String modelVersion(String model) {
        return "text-" + model;
    }
}
