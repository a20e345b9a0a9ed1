package com.shopmate.cli.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.cli.Workspace;
import com.shopmate.local.LocalWeChatAccount;
import com.shopmate.local.StackEnvFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * {@code ./shopmate wechat}: plays WeChat against the running gateway. It signs a push with the local stack's Token,
 * prints the passive answer, or, when the gateway answered {@code success}, the customer-service messages its sandbox
 * records for the openid in the next seconds.
 */
@Command(name = "wechat", sortOptions = false,
        description = "send a WeChat message push to the running gateway, as WeChat would, and print the answer")
public final class WeChatCommand implements Callable<Integer> {

    static final String DEFAULT_GATEWAY = "http://localhost:8080";
    private static final Duration API_WAIT = Duration.ofSeconds(15);
    private static final Duration LOOK_EVERY = Duration.ofMillis(300);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Option(names = "--openid", paramLabel = "OPENID", defaultValue = "oDemoShopper0001",
            description = "the shopper's openid, default ${DEFAULT-VALUE} (one conversation per openid)")
    String openid;

    @Option(names = "--subscribe", description = "send the follow (subscribe) event instead of a text")
    boolean subscribe;

    @Option(names = "--gateway", paramLabel = "URL",
            description = "default: GATEWAY_URL of the stack.env, else " + DEFAULT_GATEWAY)
    String gateway;

    @Option(names = "--stack-env", paramLabel = "FILE",
            description = "default: <repo>/.shopmate/stack.env (or $SHOPMATE_DATA_DIR/stack.env)")
    Path stackEnv;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "what the shopper writes (中文 or English)")
    List<String> words;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    private final Workspace workspace;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public WeChatCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream out = new PrintStream(System.out, true, UTF_8);
        String text = words == null ? "" : String.join(" ", words).strip();
        if (!subscribe && text.isEmpty()) {
            throw new IllegalArgumentException("say something: ./shopmate wechat 我的订单到哪了 (or --subscribe)");
        }
        String base = gateway != null ? gateway : StackEnvFile.read(stackEnv != null ? stackEnv
                : workspace.stackEnv()).getOrDefault("GATEWAY_URL", DEFAULT_GATEWAY);
        long now = Instant.now().getEpochSecond();
        String push = subscribe ? WeChatPushes.subscribe(openid, now)
                : WeChatPushes.text(openid, now, text, Math.abs(RANDOM.nextLong() % 1_000_000_000_000_000L));
        int alreadySent = outbox(base).size();
        String query = WeChatPushes.signedQuery(LocalWeChatAccount.token(workspace.dataDir()), now,
                String.valueOf(RANDOM.nextInt(1_000_000_000)));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/wechat/push?" + query))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(push, UTF_8)).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the gateway answered " + answer.statusCode() + ": " + answer.body());
        }
        String passive = WeChatPushes.passiveText(answer.body());
        if (passive != null) {
            out.println("[passive] " + passive);
        } else {
            out.println("[success: no passive answer, waiting for the customer-service API]");
        }
        // What goes by the API (a late reply, the rest of a long one) shows in the sandbox's outbox.
        Instant until = Instant.now().plus(passive != null ? Duration.ofSeconds(1) : API_WAIT);
        int shown = alreadySent;
        while (Instant.now().isBefore(until)) {
            List<JsonNode> sent = outbox(base);
            for (JsonNode message : sent.subList(Math.min(shown, sent.size()), sent.size())) {
                out.println("[api] " + message.path("content").asText());
                until = Instant.now().plus(Duration.ofSeconds(1));
            }
            shown = Math.max(shown, sent.size());
            Thread.sleep(LOOK_EVERY.toMillis());
        }
        return 0;
    }

    private List<JsonNode> outbox(String base) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/v1/wechat/sandbox/outbox?openid=" + URLEncoder.encode(openid, UTF_8)))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString(UTF_8));
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<JsonNode> messages = new java.util.ArrayList<>();
        JSON.readTree(response.body()).path("messages").forEach(messages::add);
        return messages;
    }
}
