package com.shopmate.scenarios;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import static java.nio.charset.StandardCharsets.UTF_8;

/** The gateway's public API as the scenarios call it: one HTTP client, every request bounded in time. */
final class Gateway {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final String url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    Gateway(String url) {
        this.url = url.replaceAll("/+$", "");
    }

    String url() {
        return url;
    }

    /** Fails the run up front when nothing answers, rather than failing every turn of it. */
    void requireReachable() {
        try {
            HttpResponse<String> ready = get("/q/health/ready");
            if (ready.statusCode() != 200) {
                throw new ScenarioException("the gateway at " + url + " is not ready (GET /q/health/ready answered "
                        + ready.statusCode() + ")");
            }
        } catch (ConnectException | HttpTimeoutException e) {
            throw new ScenarioException("no Shopmate gateway reachable at " + url + ": start the stack (./shopmate up)"
                    + " or give --gateway URL");
        } catch (IOException e) {
            throw new ScenarioException("cannot reach the gateway at " + url + ": " + e.getMessage(), e);
        }
    }

    HttpResponse<String> get(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url + path)).timeout(REQUEST_TIMEOUT).GET().build());
    }

    /** POSTs JSON; {@code timeout} bounds the whole exchange. */
    HttpResponse<String> postJson(String path, String json, String bearer, Duration timeout) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, UTF_8));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    HttpResponse<String> postForm(String path, String form) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url + path)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, UTF_8)).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
