package com.shopmate.cli;

import com.shopmate.local.StackEnvFile;
import com.shopmate.local.StackException;
import com.shopmate.local.StackOptions;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the commands work: the repository checkout the CLI runs from, and the environment it was given (read
 * through here, so that a test can give its own).
 *
 * @param repoRoot the checkout, where the built jars and {@code .shopmate/} are
 */
public record Workspace(Path repoRoot, Map<String, String> env) {

    public Workspace {
        repoRoot = repoRoot.toAbsolutePath().normalize();
        env = Map.copyOf(env);
    }

    /** A variable of the environment, unless unset or blank. */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** A whole number of seconds from the environment, or the default when unset. */
    public long seconds(String name, long fallback) {
        Optional<String> value = variable(name);
        try {
            long seconds = value.map(Long::parseLong).orElse(fallback);
            if (seconds >= 1) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new StackException(name + " must be whole seconds, at least 1; got '" + value.orElse("") + "'");
    }

    /** {@code SHOPMATE_DATA_DIR}, else {@code <repo>/.shopmate}: the stack's data, logs, stack.env and pid file. */
    public Path dataDir() {
        return variable("SHOPMATE_DATA_DIR").map(Path::of).orElse(repoRoot.resolve(StackOptions.DEFAULT_DATA_DIR_NAME))
                .toAbsolutePath().normalize();
    }

    public Path stackEnv() {
        return dataDir().resolve(StackEnvFile.FILE_NAME);
    }

    /** A path as messages show it: relative to the checkout when inside it, like the commands are typed. */
    public String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(repoRoot) ? repoRoot.relativize(absolute).toString() : absolute.toString();
    }
}
