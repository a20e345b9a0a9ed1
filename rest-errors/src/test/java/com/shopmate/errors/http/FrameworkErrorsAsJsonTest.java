package com.shopmate.errors.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The limits here are 16 KB of body and 2 KB of headers (src/test/resources/application.properties). */
@QuarkusTest
class FrameworkErrorsAsJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TestHTTPResource("/")
    URI base;

    @Test
    void unknownPathIsAJson404() throws Exception {
        assertJsonError(send(request("/no/such/path").GET()), 404, "not_found");
    }

    @Test
    void declaredBodyOverTheLimitIsAJson413() throws Exception {
        assertJsonError(send(request("/echo").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + "a".repeat(20_000) + "\"}"))), 413,
                "body_too_large");
    }

    @Test
    void chunkedBodyOverTheLimitIsAJson413() throws Exception {
        byte[] body = ("{\"text\":\"" + "a".repeat(50_000) + "\"}").getBytes();
        // A stream of unknown length: the client sends it chunked, with no Content-Length to refuse it by.
        assertJsonError(send(request("/echo").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))), 413,
                "body_too_large");
        assertJsonError(send(request("/echo/text").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))), 413,
                "body_too_large");
    }

    @Test
    void headersOverTheLimitAreAJson431() throws Exception {
        assertJsonError(send(request("/echo").header("X-Padding", "p".repeat(3000)).GET()), 431,
                "headers_too_large");
    }

    @Test
    void wrongMethodAndWrongContentTypeAreJsonErrors() throws Exception {
        assertJsonError(send(request("/echo/text").GET()), 405, "method_not_allowed");
        assertJsonError(send(request("/echo").header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<a/>"))), 415, "unsupported_media_type");
    }

    @Test
    void unreadableBodiesAreJson400s() throws Exception {
        for (String body : new String[] {"{\"text\": ", "[1,2]", "{\"text\": {\"a\": 1}}", "[".repeat(10_000)}) {
            HttpResponse<String> refused = send(request("/echo").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertEquals("application/json", refused.headers().firstValue("Content-Type").orElse(null),
                    body.substring(0, Math.min(20, body.length())));
            assertJsonError(refused, 400, "invalid_body");
        }
        byte[] invalidUtf8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertJsonError(send(request("/echo").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(invalidUtf8))), 400, "invalid_body");
    }

    @Test
    void exceptionsTheServiceDoesNotMapAreJsonToo() throws Exception {
        assertJsonError(send(request("/echo").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"refuse\"}"))), 400, "refused");
        HttpResponse<String> failed = send(request("/echo").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"fail\"}")));
        assertJsonError(failed, 500, "internal");
        assertTrue(!failed.body().contains("com.shopmate"), "no exception text reaches the client: " + failed.body());
    }

    @Test
    void webSocketHandshakesVertxWouldRefuseAreJsonErrors() throws Exception {
        assertTrue(rawAnswer("POST", "Connection: Upgrade", "13").startsWith("HTTP/1.1 405"));
        assertTrue(rawAnswer("GET", "Connection: close", "13").startsWith("HTTP/1.1 400"));
        String wrongVersion = rawAnswer("GET", "Connection: Upgrade", "99");
        assertTrue(wrongVersion.startsWith("HTTP/1.1 426"), wrongVersion);
        assertTrue(wrongVersion.contains("\"error\":\"upgrade_required\""), wrongVersion);
    }

    // java.net.http refuses to set Connection and Upgrade itself.
    private String rawAnswer(String method, String connection, String version) throws Exception {
        try (var socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((method + " /stream HTTP/1.1\r\nHost: localhost\r\n" + connection
                    + "\r\nUpgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: " + version + "\r\nContent-Length: 0\r\n\r\n").getBytes());
            byte[] answer = new byte[4096];
            int read = socket.getInputStream().read(answer);
            String text = new String(answer, 0, Math.max(read, 0));
            assertTrue(text.toLowerCase().contains("content-type: application/json"), text);
            return text;
        }
    }

    @Test
    void requestWithinTheLimitsIsServed() throws Exception {
        HttpResponse<String> echoed = send(request("/echo").header("Content-Type", "application/json")
                .header("X-Padding", "p".repeat(1000)).POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hi\"}")));
        assertEquals(200, echoed.statusCode(), echoed.body());
        assertEquals("hi", JSON.readTree(echoed.body()).path("text").asText());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(Duration.ofSeconds(10));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertJsonError(HttpResponse<String> response, int status, String code) throws Exception {
        assertEquals(status, response.statusCode(), response.request() + " " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        JsonNode body = JSON.readTree(response.body());
        assertEquals(code, body.path("error").asText(), response.body());
        assertTrue(body.path("message").isTextual(), response.body());
    }
}
