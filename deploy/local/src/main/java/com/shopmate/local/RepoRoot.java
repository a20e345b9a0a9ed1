package com.shopmate.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the Shopmate repository root: the directory with the aggregator pom beside {@code event-schemas/}. */
public final class RepoRoot {

    private RepoRoot() {
    }

    public static Path find(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (isRepoRoot(candidate)) {
                return candidate;
            }
        }
        throw new StackException("cannot find the Shopmate repository at or above " + dir + ": pass --repo-root");
    }

    public static boolean isRepoRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("event-schemas"));
    }
}
