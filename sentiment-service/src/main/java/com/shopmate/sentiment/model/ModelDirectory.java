package com.shopmate.sentiment.model;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the trained models are. The trainer writes them to {@code <repo>/.shopmate/models/sentiment}, while the
 * service may be started from the repo, from its module, or (by the local stack) from
 * {@code target/quarkus-app}: so a relative folder is looked for in the working directory and then in each parent,
 * the way git finds {@code .git}. An absolute folder is taken as it is.
 */
final class ModelDirectory {

    private ModelDirectory() {
    }

    /** The first existing {@code configured} from {@code workingDirectory} upwards, else its place in the latter. */
    static Path resolve(String configured, Path workingDirectory) {
        Path path = Path.of(configured);
        if (path.isAbsolute()) {
            return path;
        }
        Path start = workingDirectory.toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(path))) {
                return dir.resolve(path);
            }
        }
        return start.resolve(path);
    }
}
