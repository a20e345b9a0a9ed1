package com.shopmate.local;

import java.nio.file.Path;

/** What a developer needs once the stack is up: every URL and address, and where the logs are. */
final class StackBanner {

    private StackBanner() {
    }

    static String render(RunningStack stack) {
        StringBuilder text = new StringBuilder();
        String nl = System.lineSeparator();
        text.append(nl).append("Shopmate local stack is up").append(nl);
        stack.serviceUrl(PlatformServices.GATEWAY).ifPresentOrElse(gateway -> text.append(gatewayLines(gateway)),
                () -> line(text, "Gateway", "not running (not built)"));
        Path dataDir = stack.dataDir();
        for (ServiceSpec service : stack.services()) {
            String url = stack.serviceUrl(service.module()).orElseThrow();
            line(text, service.module(), url + "/q/health/ready   " + url + "/q/metrics   log "
                    + relative(dataDir, stack.logFile(service.module())));
        }
        line(text, "Kafka", stack.kafkaBootstrapServers() + "   log " + relative(dataDir, stack.logFile("kafka")));
        line(text, "Redis", stack.redisUri());
        line(text, "PostgreSQL", stack.postgresJdbcUrl() + "   user " + stack.postgresUser() + ", no password");
        line(text, "Data and logs", dataDir + "   (addresses in " + StackEnvFile.FILE_NAME + ")");
        text.append("Stop with Ctrl-C, or ./shopmate down from another terminal.").append(nl);
        return text.toString();
    }

    /** The gateway's public entry points: how a developer talks to the platform as a shopper would. */
    static String gatewayLines(String gateway) {
        StringBuilder text = new StringBuilder();
        line(text, "Chat (REST)", "POST " + gateway + "/v1/conversations/{id}/messages?wait=5   {\"text\": \"你好\"}");
        line(text, "Chat (WebSocket)", RunningStack.webSocketUrl(gateway, "{id}"));
        line(text, "Chat (web widget)", gateway + "/widget/");
        line(text, "Demo shop page", gateway + "/widget/demo-shop.html   (the widget embedded by its <script> tag)");
        line(text, "WeChat push", "POST " + gateway + "/v1/wechat/push   (./shopmate wechat TEXT plays WeChat)");
        line(text, "SMS webhook", "POST " + gateway + "/v1/sms/webhook");
        line(text, "SMS sandbox outbox", "GET  " + gateway + "/v1/sms/sandbox/outbox?to=PHONE");
        line(text, "OpenAPI", gateway + "/q/openapi");
        return text.toString();
    }

    private static String relative(Path dataDir, Path file) {
        return Path.of(dataDir.getFileName().toString()).resolve(dataDir.relativize(file)).toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("  %-20s %s%n", label, value));
    }
}
