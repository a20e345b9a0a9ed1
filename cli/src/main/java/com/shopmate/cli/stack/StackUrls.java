package com.shopmate.cli.stack;

import com.shopmate.local.StackEnvFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The addresses of a running stack as {@code up} and {@code status} print them, from its {@code stack.env}. */
final class StackUrls {

    private static final String ROW = "  %-19s %s";

    private StackUrls() {
    }

    static List<String> lines(Path stackEnv, Path dataDir) {
        Map<String, String> env = StackEnvFile.read(stackEnv);
        List<String> lines = new ArrayList<>();
        String gateway = env.get("GATEWAY_URL");
        if (gateway != null && !gateway.isEmpty()) {
            lines.add(row("Chat (REST)", "POST " + gateway + "/v1/conversations/{id}/messages?wait=5"));
            lines.add(row("Chat (WebSocket)", gateway.replaceFirst("http", "ws") + "/v1/conversations/{id}/stream"));
            lines.add(row("Chat (web widget)", gateway + "/widget/"));
            lines.add(row("SMS webhook", "POST " + gateway + "/v1/sms/webhook"));
            lines.add(row("SMS sandbox outbox", "GET  " + gateway + "/v1/sms/sandbox/outbox?to=PHONE"));
            lines.add(row("OpenAPI", gateway + "/q/openapi"));
        } else {
            lines.add(row("Gateway", "not running"));
        }
        env.forEach((key, url) -> {
            if (key.matches("[A-Z_]*_SERVICE_URL")) {
                String service = key.substring(0, key.length() - "_URL".length()).toLowerCase(Locale.ROOT).replace('_', '-');
                lines.add(row(service, url + "/q/health/ready  " + url + "/q/metrics"));
            }
        });
        lines.add(row("Kafka", env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "")));
        lines.add(row("Redis", env.getOrDefault("REDIS_URI", "")));
        lines.add(row("PostgreSQL", env.getOrDefault("POSTGRES_URL", "") + "  user "
                + env.getOrDefault("POSTGRES_USER", "") + ", no password"));
        lines.add(row("Data and logs", dataDir.toString()));
        return lines;
    }

    private static String row(String name, String value) {
        return String.format(Locale.ROOT, ROW, name, value);
    }
}
