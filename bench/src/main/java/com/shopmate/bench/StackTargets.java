package com.shopmate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the running stack is: a flag wins, then the stack's env file ({@code GATEWAY_URL},
 * {@code KAFKA_BOOTSTRAP_SERVERS}), then the local defaults.
 *
 * @param note what was used and why, for the report
 */
public record StackTargets(URI gateway, String kafka, String note) {

    public static final String DEFAULT_GATEWAY = "http://localhost:8080";
    public static final String DEFAULT_KAFKA = "localhost:19092";
    static final String GATEWAY_KEY = "GATEWAY_URL";
    static final String KAFKA_KEY = "KAFKA_BOOTSTRAP_SERVERS";

    /**
     * @param gateway  from the command line, or null
     * @param kafka    from the command line, or null
     * @param stackEnv the stack's env file, or null
     * @throws IllegalArgumentException when the env file holds an address that is not one
     */
    public static StackTargets resolve(URI gateway, String kafka, Path stackEnv) {
        Map<String, String> env = Map.of();
        String note;
        if (stackEnv == null) {
            note = "no stack env file";
        } else if (Files.isRegularFile(stackEnv)) {
            env = readEnvFile(stackEnv);
            note = "stack env " + stackEnv;
        } else {
            note = "stack env " + stackEnv + " not found, defaults used";
        }
        return new StackTargets(
                gateway != null ? gateway : gatewayUrl(env.getOrDefault(GATEWAY_KEY, DEFAULT_GATEWAY)),
                kafka != null ? kafka : bootstrap(env.getOrDefault(KAFKA_KEY, DEFAULT_KAFKA)),
                note);
    }

    /** An http(s) base URL without a trailing slash, so paths resolve against its root. */
    public static URI gatewayUrl(String value) {
        URI uri;
        try {
            uri = URI.create(value.strip().replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--gateway is not a URL: '" + value + "'");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("--gateway must be an http(s) URL like http://localhost:8080, got '"
                    + value + "'");
        }
        return uri;
    }

    /** {@code HOST:PORT[,HOST:PORT…]}. */
    public static String bootstrap(String value) {
        String trimmed = value.strip();
        for (String server : trimmed.split(",")) {
            int colon = server.lastIndexOf(':');
            if (colon <= 0 || colon == server.length() - 1 || !server.substring(colon + 1).chars()
                    .allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("--kafka must be HOST:PORT[,HOST:PORT…], got '" + value + "'");
            }
        }
        return trimmed;
    }

    /** {@code KEY=VALUE} lines; blank lines, {@code #} comments, {@code export} and surrounding quotes allowed. */
    static Map<String, String> readEnvFile(Path file) {
        try {
            return parseEnv(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static Map<String, String> parseEnv(String text) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("export ")) {
                trimmed = trimmed.substring("export ".length()).strip();
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            env.put(trimmed.substring(0, equals).strip(), unquote(trimmed.substring(equals + 1).strip()));
        }
        return env;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
