package com.shopmate.cli.stack;

import com.shopmate.local.PlatformServices;
import com.shopmate.local.ServiceSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code up} builds before it starts the stack: every service jar and the stack's own, when one is missing or
 * older than the sources. The CLI's own module is left out: this JVM runs from its jars, and {@code ./shopmate} has
 * just made sure they are fresh.
 */
final class StackBuild {

    static final List<String> COMMAND = List.of("mvn", "-B", "-q", "-DskipTests", "install", "-pl", "!cli");
    static final String LOCAL_STACK_JAR = "deploy/local/target/local-stack.jar";

    private StackBuild() {
    }

    /** Why a build is needed (an artifact missing, or a pom or source newer than it), or nothing. */
    static Optional<String> reason(Path repoRoot) {
        List<Path> artifacts = new ArrayList<>();
        for (ServiceSpec service : PlatformServices.ALL) {
            artifacts.add(service.jar(repoRoot));
        }
        artifacts.add(repoRoot.resolve(LOCAL_STACK_JAR));
        for (Path artifact : artifacts) {
            String name = repoRoot.relativize(artifact).toString();
            if (!Files.isRegularFile(artifact)) {
                return Optional.of(name + " is missing");
            }
            Optional<Path> newer = SourceChanges.newerThan(repoRoot, artifact);
            if (newer.isPresent()) {
                return Optional.of(repoRoot.relativize(newer.get()) + " is newer than " + name);
            }
        }
        return Optional.empty();
    }

    /** Builds when needed; false when the build failed (Maven said why, above). */
    static boolean ifNeeded(Path repoRoot, PrintWriter out) throws InterruptedException {
        Optional<String> reason = reason(repoRoot);
        if (reason.isEmpty()) {
            return true;
        }
        out.println("Building (" + reason.get() + "): " + String.join(" ", COMMAND));
        out.flush();
        try {
            return new ProcessBuilder(COMMAND).directory(repoRoot.toFile()).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run mvn: " + e.getMessage(), e);
        }
    }
}
