package com.shopmate.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed command line: {@code <bench> --rate R --duration S [options]}. Options take {@code --name value} or
 * {@code --name=value}. The addresses are null when not given on the command line; {@link StackTargets} fills them.
 */
public record BenchArgs(
        String bench,
        int rate,
        int durationSeconds,
        int warmupSeconds,
        int conversations,
        URI gateway,
        String kafka,
        Path stackEnv) {

    public static final List<String> BENCHES = List.of("e2e", "kafka-raw");
    static final int DEFAULT_WARMUP_SECONDS = 3;
    static final int DEFAULT_CONVERSATIONS = 50;
    private static final List<String> OPTIONS = List.of(
            "rate", "duration", "warmup", "conversations", "gateway", "kafka", "stack-env");

    public static BenchArgs parse(String... args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("no bench given");
        }
        String bench = args[0];
        if (!BENCHES.contains(bench)) {
            throw new UsageException("unknown bench '" + bench + "'");
        }
        Map<String, String> options = options(args);
        if (!options.containsKey("rate")) {
            throw new UsageException("--rate is required");
        }
        if (!options.containsKey("duration")) {
            throw new UsageException("--duration is required");
        }
        return new BenchArgs(
                bench,
                integer("rate", 1, options.get("rate")),
                integer("duration", 1, options.get("duration")),
                integer("warmup", 0, options.getOrDefault("warmup", "" + DEFAULT_WARMUP_SECONDS)),
                integer("conversations", 1,
                        options.getOrDefault("conversations", "" + DEFAULT_CONVERSATIONS)),
                options.containsKey("gateway") ? gatewayUrl(options.get("gateway")) : null,
                options.containsKey("kafka") ? bootstrap(options.get("kafka")) : null,
                options.containsKey("stack-env") ? Path.of(options.get("stack-env")) : null);
    }

    private static Map<String, String> options(String[] args) throws UsageException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException("--" + name + " needs a value");
            }
            if (!OPTIONS.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
            if (options.put(name, value) != null) {
                throw new UsageException("--" + name + " given twice");
            }
        }
        return options;
    }

    private static int integer(String name, int min, String value) throws UsageException {
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min) {
                throw new UsageException("--" + name + " must be at least " + min + ", got " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, got '" + value + "'");
        }
    }

    /** An http(s) base URL without a trailing slash, so paths resolve against its root. */
    static URI gatewayUrl(String value) throws UsageException {
        try {
            URI uri = URI.create(value.strip().replaceAll("/+$", ""));
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new UsageException("--gateway must be an http(s) URL like http://localhost:8080, got '"
                        + value + "'");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--gateway is not a URL: '" + value + "'");
        }
    }

    static String bootstrap(String value) throws UsageException {
        String trimmed = value.strip();
        for (String server : trimmed.split(",")) {
            int colon = server.lastIndexOf(':');
            if (colon <= 0 || colon == server.length() - 1 || !server.substring(colon + 1).chars()
                    .allMatch(Character::isDigit)) {
                throw new UsageException("--kafka must be HOST:PORT[,HOST:PORT…], got '" + value + "'");
            }
        }
        return trimmed;
    }
}
