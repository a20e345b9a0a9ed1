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

    public static StackTargets resolve(BenchArgs args) throws UsageException {
        Map<String, String> env = Map.of();
        String note;
        if (args.stackEnv() == null) {
            note = "no stack env file";
        } else if (Files.isRegularFile(args.stackEnv())) {
            env = readEnvFile(args.stackEnv());
            note = "stack env " + args.stackEnv();
        } else {
            note = "stack env " + args.stackEnv() + " not found, defaults used";
        }
        URI gateway = args.gateway() != null ? args.gateway()
                : BenchArgs.gatewayUrl(env.getOrDefault(GATEWAY_KEY, DEFAULT_GATEWAY));
        String kafka = args.kafka() != null ? args.kafka()
                : BenchArgs.bootstrap(env.getOrDefault(KAFKA_KEY, DEFAULT_KAFKA));
        return new StackTargets(gateway, kafka, note);
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
