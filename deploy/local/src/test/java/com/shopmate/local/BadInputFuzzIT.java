package com.shopmate.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input at every HTTP endpoint of every service of the running platform (the run's {@link SharedStack}): malformed,
 * deeply nested and wrongly typed JSON, invalid UTF-8, control and bidi characters, bodies over the limit (declared
 * and chunked), huge headers and traceparents, unknown paths and methods. Whatever comes in, the answer is never a
 * 5xx, never a stack trace, every error is a JSON {@code {"error", "message"}}, and every service is still ready
 * afterwards. The requests are drawn from one seed ({@code -Dshopmate.fuzz.seed=...} to replay a failure).
 */
@ExtendWith(SharedStack.class)
class BadInputFuzzIT {

    private static final long SEED = Long.getLong("shopmate.fuzz.seed", 20261206L);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    // The limits the services run with (gateway application.properties; rest-errors' defaults for the others).
    private static final long GATEWAY_BODY_LIMIT = 64 * 1024;
    private static final long BODY_LIMIT = 1024 * 1024;
    private static final long HEADER_LIMIT = 16 * 1024;
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|Exception\\b");

    private static RunningStack stack;
    private static Map<FuzzedEndpoint.Credentials, Map<String, String>> credentials;

    @BeforeAll
    static void useThePlatform(RunningStack shared) throws Exception {
        stack = shared;
        String admin = Files.readString(stack.dataDir().resolve(AdminTokenFile.FILE_NAME)).strip();
        credentials = Map.of(
                FuzzedEndpoint.Credentials.NONE, Map.of(),
                FuzzedEndpoint.Credentials.ADMIN, Map.of("Authorization", "Bearer " + admin),
                FuzzedEndpoint.Credentials.CUSTOMER, Map.of("Authorization", "Bearer "
                        + DemoCustomerTokens.mint(stack.dataDir(), "C1001", Duration.ofHours(1))),
                FuzzedEndpoint.Credentials.AGENT, Map.of("Cookie", signedInAgent(admin)));
    }

    @Test
    void badInputIsAlwaysAJsonClientErrorAndEveryServiceStaysUp() throws Exception {
        System.out.println("BadInputFuzzIT seed " + SEED + " (replay with -Dshopmate.fuzz.seed=" + SEED + ")");
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        List<String> chunkedTo = new ArrayList<>();
        for (FuzzedEndpoint endpoint : FuzzedEndpoint.all()) {
            String base = stack.serviceUrl(endpoint.module()).orElseThrow();
            long bodyLimit = endpoint.module().equals(PlatformServices.GATEWAY) ? GATEWAY_BODY_LIMIT : BODY_LIMIT;
            FuzzedEndpoint.Credentials allowed = endpoint.harmfulWhenAllowed() ? FuzzedEndpoint.Credentials.NONE
                    : endpoint.credentials();
            var bad = new BadRequests(random, credentials.get(allowed), bodyLimit, HEADER_LIMIT);
            List<BadRequests.BadRequest> requests = new ArrayList<>(bad.against(endpoint));
            if (!endpoint.harmfulWhenAllowed() && endpoint.example() != null && !chunkedTo.contains(endpoint.module())) {
                chunkedTo.add(endpoint.module());
                requests.add(bad.chunkedOverTheLimit(endpoint));
            }
            List<BadRequests.BadRequest> unparseable = bad.unparseable(endpoint);
            requests.addAll(unparseable);
            for (BadRequests.BadRequest request : requests) {
                sent++;
                RawHttp.Response response;
                try {
                    response = RawHttp.send(base, request.request());
                } catch (SocketTimeoutException e) {
                    response = new RawHttp.Response(-1, Map.of(), "no answer within the timeout");
                }
                check(endpoint, request, response, !unparseable.contains(request)).ifPresent(failures::add);
            }
        }
        System.out.println("BadInputFuzzIT sent " + sent + " requests to " + FuzzedEndpoint.all().size()
                + " endpoints; " + failures.size() + " failed");
        failures.stream().limit(80).forEach(System.out::println);
        if (!failures.isEmpty()) {
            printLoggedErrors();
        }

        for (ServiceSpec service : stack.services()) {
            String health = stack.serviceUrl(service.module()).orElseThrow() + "/q/health/ready";
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(health)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), health + " after the fuzzing");
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " bad requests were badly answered (seed "
                + SEED + "), the first: " + failures.get(0));
    }

    /** @param parsed whether the request is valid HTTP, so that a route of ours sees it (and must answer in JSON) */
    private static Optional<String> check(FuzzedEndpoint endpoint, BadRequests.BadRequest bad,
                                                    RawHttp.Response response, boolean parsed) {
        String what = endpoint.module() + " " + bad.family() + " " + bad.request().method() + " "
                + shortened(bad.request().target()) + " -> " + response.status() + " " + response.contentType()
                + " " + shortened(response.body());
        if (response.status() < 100) {
            return Optional.of("no answer: " + what);
        }
        if (response.status() >= 500) {
            return Optional.of("5xx: " + what);
        }
        if (STACK_FRAME.matcher(response.body()).find()) {
            return Optional.of("stack trace: " + what);
        }
        if (!parsed && response.status() >= 400 && (response.body().isEmpty() || isJsonError(response))) {
            return Optional.empty();
        }
        if (response.status() >= 400 && !bad.request().method().equals("HEAD") && !isJsonError(response)) {
            return Optional.of("not a JSON error: " + what);
        }
        return Optional.empty();
    }

    // The services' own account of what went wrong: their logs go with the stack at the end of the run.
    private static void printLoggedErrors() throws IOException {
        for (ServiceSpec service : stack.services()) {
            Path log = stack.logFile(service.module());
            if (Files.exists(log)) {
                try (var lines = Files.lines(log)) {
                    lines.filter(line -> line.contains("\"level\":\"ERROR\"")).limit(15)
                            .forEach(line -> System.out.println(service.module() + ": " + line.substring(0, Math.min(600, line.length()))));
                }
            }
        }
    }

    private static boolean isJsonError(RawHttp.Response response) {
        if (!response.contentType().startsWith("application/json")) {
            return false;
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            return body.path("error").isTextual() && body.path("message").isTextual();
        } catch (Exception e) {
            return false;
        }
    }

    private static String shortened(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "…";
    }

    /** An agent account of its own, signed in as the console's page does: the session cookie. */
    private static String signedInAgent(String adminToken) throws Exception {
        String console = stack.serviceUrl("agent-console").orElseThrow();
        String username = "fuzz-" + Long.toHexString(SEED) + "-" + System.nanoTime();
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(console + "/admin/console/agents"))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"displayName\":\"Fuzz\","
                        + "\"password\":\"fuzz-secret-1\",\"roles\":[\"agent\"],\"maxOpenChats\":3}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create(console + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + URLEncoder.encode(username,
                        StandardCharsets.UTF_8) + "&j_password=fuzz-secret-1")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("shopmate-console=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + signedIn.statusCode() + " "
                        + signedIn.headers()));
        return cookie.substring(0, cookie.indexOf(';'));
    }
}
