package com.shopmate.cli.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a built artifact is older than what it is built from: any pom or main source of the repository (a
 * service's jar bundles the library modules, so a change there makes it stale too). Tests change nothing that runs.
 * The {@code ./shopmate} script asks the same of the CLI's own jar.
 */
final class SourceChanges {

    private SourceChanges() {
    }

    /** The first pom or main source newer than {@code artifact}, if any. */
    static Optional<Path> newerThan(Path repoRoot, Path artifact) {
        FileTime built;
        try {
            built = Files.getLastModifiedTime(artifact);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path root : roots(repoRoot)) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                Optional<Path> newer = files.filter(Files::isRegularFile)
                        .filter(file -> modified(file).compareTo(built) > 0).findFirst();
                if (newer.isPresent()) {
                    return newer;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    // pom.xml, each module's pom.xml and src/main, and the same one level down under deploy/.
    private static List<Path> roots(Path repoRoot) {
        List<Path> roots = new ArrayList<>(List.of(repoRoot.resolve("pom.xml")));
        for (Path parent : List.of(repoRoot, repoRoot.resolve("deploy"))) {
            if (!Files.isDirectory(parent)) {
                continue;
            }
            try (Stream<Path> modules = Files.list(parent)) {
                modules.filter(Files::isDirectory).sorted().forEach(module -> {
                    roots.add(module.resolve("pom.xml"));
                    roots.add(module.resolve("src/main"));
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return roots;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
