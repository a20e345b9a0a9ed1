package com.shopmate.kit.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The models folder of one kind of model: one sub-folder per saved version (written whole by the trainers in
 * text-models) and the <em>active pointer</em>, a small file {@value #POINTER_FILE} naming the version the service
 * serves. Training adds a version; only activating it moves the pointer, so a trained model goes live when an
 * operator says so, and an older version can be activated again. Folders written before the pointer existed have
 * none: then the service serves the newest version, as it always did.
 */
public final class ModelFolder {

    /** Beside the version folders; a file, so no trainer's "newest directory" takes it for a version. */
    public static final String POINTER_FILE = "active";
    private static final String STAGING_MARK = ".partial-";

    private final Path root;

    public ModelFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * The folder {@code configured} names. A trainer writes to {@code <repo>/.shopmate/models/<kind>}, while a
     * service may be started from the repo, from its module or (by the local stack) from {@code target/quarkus-app}:
     * so a relative folder is looked for in the working directory and then in each parent, the way git finds
     * {@code .git}, and placed in the working directory when it is found nowhere. An absolute one is taken as it is.
     */
    public static ModelFolder locate(String configured, Path workingDirectory) {
        Path path = Path.of(configured);
        if (path.isAbsolute()) {
            return new ModelFolder(path);
        }
        Path start = workingDirectory.toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(path))) {
                return new ModelFolder(dir.resolve(path));
            }
        }
        return new ModelFolder(start.resolve(path));
    }

    /** {@link #locate(String, Path)} from the service's working directory. */
    public static ModelFolder locate(String configured) {
        return locate(configured, Path.of(System.getProperty("user.dir")));
    }

    public Path root() {
        return root;
    }

    /**
     * The saved versions, by name: every visible sub-folder, except the staging folders a trainer fills before it
     * moves them into place (hidden ones, and the artifact writer's {@code .partial-} ones).
     */
    public List<String> versions() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .map(dir -> dir.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !name.contains(STAGING_MARK))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the models in " + root, e);
        }
    }

    /**
     * The folder of a saved version. Looked up among {@link #versions()}, never resolved from the name as given:
     * a name from an HTTP body cannot reach outside the models folder.
     */
    public Optional<Path> version(String name) {
        return versions().contains(name) ? Optional.of(root.resolve(name)) : Optional.empty();
    }

    /** The version the pointer names, or empty when there is no pointer (or it is empty). */
    public Optional<String> activeVersion() {
        Path pointer = root.resolve(POINTER_FILE);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            return name.isEmpty() ? Optional.empty() : Optional.of(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the active pointer " + pointer, e);
        }
    }

    /**
     * Points at {@code name}, a saved version. Written beside the pointer and renamed over it, so a replica reading
     * it at the same moment sees the old name or the new one, never half of one.
     *
     * @throws IllegalArgumentException when no such version is saved here
     */
    public void activate(String name) {
        if (version(name).isEmpty()) {
            throw new IllegalArgumentException("no version " + name + " in " + root);
        }
        Path partial = root.resolve("." + POINTER_FILE + "-" + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(partial, name + "\n", StandardCharsets.UTF_8);
            Files.move(partial, root.resolve(POINTER_FILE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the pointer write failed already; a stray hidden temporary file is harmless
            }
            throw new UncheckedIOException("cannot write the active pointer in " + root, e);
        }
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
