package com.shopmate.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code stack.env}: {@code KEY=VALUE} lines with the addresses of a running stack, for other commands (chat, bench)
 * and scripts. It is written only once everything is ready, so its presence is the stack's ready marker.
 */
public final class StackEnvFile {

    public static final String FILE_NAME = "stack.env";
    /** The services the stack runs, comma-separated: what {@link StackHealth} checks. */
    static final String SERVICES = "SERVICES";

    private StackEnvFile() {
    }

    /** What the file holds for a stack that is ready. */
    static Map<String, String> valuesOf(RunningStack stack) {
        Map<String, String> env = new LinkedHashMap<>();
        stack.serviceUrl(PlatformServices.GATEWAY).ifPresent(url -> env.put("GATEWAY_URL", url));
        env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
        env.put("REDIS_URI", stack.redisUri());
        env.put("POSTGRES_URL", stack.postgresJdbcUrl());
        env.put("POSTGRES_REACTIVE_URL", stack.postgresReactiveUrl());
        env.put("POSTGRES_USER", stack.postgresUser());
        for (ServiceSpec service : stack.services()) {
            env.put(envName(service.module()) + "_URL", stack.serviceUrl(service.module()).orElseThrow());
        }
        env.put(SERVICES, String.join(",", stack.services().stream().map(ServiceSpec::module).toList()));
        env.put("STACK_PID", Long.toString(ProcessHandle.current().pid()));
        env.put("DATA_DIR", stack.dataDir().toString());
        return env;
    }

    /** {@code nlu-service} → {@code NLU_SERVICE}. */
    static String envName(String module) {
        return module.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    static void write(Path file, Map<String, String> values) {
        StringBuilder text = new StringBuilder("# Written by the Shopmate local stack when it was ready; removed when it stops.\n");
        values.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        try {
            // Written whole then renamed: a reader polling for the file never sees half of it.
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of the file, or none if there is no file. */
    public static Map<String, String> read(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            String trimmed = line.trim();
            int equals = trimmed.indexOf('=');
            if (!trimmed.startsWith("#") && equals > 0) {
                values.put(trimmed.substring(0, equals).trim(), trimmed.substring(equals + 1).trim());
            }
        }
        return values;
    }
}
