package com.shopmate.local;

import com.shopmate.scenarios.ResetMode;
import com.shopmate.scenarios.ScenarioFile;
import com.shopmate.scenarios.ScenarioRunner;
import com.shopmate.scenarios.SuiteReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conversation tests ({@code scenarios/}) against the whole platform, the run's {@link SharedStack}: every
 * scenario of the demo shop's suite, the shop reloaded before each, as {@code ./shopmate scenarios} plays them.
 * Prints the runner's report (each failed turn, then its JSON line) and fails below the agreed pass rate.
 */
@ExtendWith(SharedStack.class)
class DemoShopScenariosIT {

    /**
     * The share of turns that must pass, {@code -Dshopmate.scenarios.min-pass-rate=0.8} to try another. The flows
     * passed 0.81 of the demo shop's turns when this was set (2026-12-05): 0.70 leaves room for a slow machine's
     * timeouts and catches a flow that breaks. The team raises it as flows land, so that what passes keeps passing.
     */
    static final double MIN_PASS_RATE =
            Double.parseDouble(System.getProperty("shopmate.scenarios.min-pass-rate", "0.70"));
    private static final String SHOP_SERVICE = "order-connector";
    private static final Path SUITE = Path.of("scenarios", "demo-shop.jsonl");
    /** The format's examples, until the demo shop's suite is written. */
    private static final Path EXAMPLES = Path.of("scenarios", "examples.jsonl");
    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration RESET_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void demoShopSuitePassesAtLeastTheAgreedShareOfTurns(RunningStack stack) {
        Path repo = RepoRoot.find(Path.of(""));
        Path suite = Files.isRegularFile(repo.resolve(SUITE)) ? repo.resolve(SUITE) : repo.resolve(EXAMPLES);
        String shop = stack.serviceUrl(SHOP_SERVICE).orElseThrow();
        String dialogue = stack.serviceUrl("dialogue-service").orElseThrow();
        String adminToken = AdminTokenFile.ensure(stack.dataDir());
        System.out.println("Conversation tests: " + repo.relativize(suite) + " against " + stack.gatewayUrl());

        SuiteReport report = new ScenarioRunner(stack.gatewayUrl(),
                customer -> DemoCustomerTokens.mint(stack.dataDir(), customer, Duration.ofHours(1)),
                () -> adminPost(shop + "/admin/shop/reset", adminToken), ResetMode.EACH, TURN_TIMEOUT,
                conversation -> adminPost(dialogue + "/admin/dialogue/conversations/"
                        + URLEncoder.encode(conversation, StandardCharsets.UTF_8) + "/forget", adminToken),
                SmsProviderToken.ensure(stack.dataDir()))
                .run(ScenarioFile.read(suite), System.out::println, System.out::println);
        System.out.println(report.toJson());

        assertTrue(report.passRate() >= MIN_PASS_RATE, String.format(Locale.ROOT,
                "%d of %d turns passed (%.3f), below shopmate.scenarios.min-pass-rate %.3f", report.passed(),
                report.turns(), report.passRate(), MIN_PASS_RATE));
    }

    /** An admin call of the stack's (a shop reset, a conversation forgotten), which must answer 200. */
    private static void adminPost(String url, String adminToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(RESET_TIMEOUT)
                .header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + " "
                        + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
