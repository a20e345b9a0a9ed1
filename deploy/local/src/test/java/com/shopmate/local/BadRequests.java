package com.shopmate.local;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bad requests the fuzz test sends to one endpoint, drawn from one seeded {@link Random}: the same seed, the same
 * requests. Each family is what a careless client, a broken proxy or an attacker sends.
 */
final class BadRequests {

    /** One request and the family it belongs to, to name it in a failure. */
    record BadRequest(String family, RawHttp.Request request) {
    }

    /** Nesting far past what any parser should follow: Jackson stops at 1,000 levels. */
    static final int NESTING = 10_000;

    private static final String[] WRONG_METHODS = {"PUT", "DELETE", "PATCH", "TRACE", "FOO", "PROPFIND", "GET", "POST"};
    private static final String[] WRONG_MEDIA_TYPES = {"application/xml", "text/plain", "multipart/form-data; boundary=x",
            "garbage", "application/json; charset=latin-7", "application/x-www-form-urlencoded", ""};
    private static final String[] ODD_SEGMENTS = {"%00", "%ff%fe", "%2e%2e/%2e%2e/etc/passwd", "%E9%9B%A8", "%E2%80%AE",
            "a;b=c", "..%2f", "%25", "~", "%0d%0aX-Injected:1"};
    private static final String[] ODD_STRINGS = {"\u202Eevil\u202C", "\u2066\u2067\u2069", "\u200B\u200D\uFEFF",
            "\\u0000", "\\ud800", "\\udfff\\ud800", "\u0007\u001B[31m", "😀🏳️‍🌈", "\uFFFD\uFFFF"};
    // Header values may carry any byte from 0x80 (obs-text) but no control character.
    private static final String[] ODD_HEADER_VALUES = {"\u202Eevil\u202C", "\u2066\u2067\u2069", "\u200B\u200D\uFEFF",
            "😀🏳️‍🌈", "\uFFFD\uFFFF", "雨", "\"\\'<script>"};
    private static final byte[][] INVALID_UTF8 = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80}};

    private static final Pattern FIELD = Pattern.compile("\"([A-Za-z]+)\"\\s*:");

    private final Random random;
    private final Map<String, String> credentials;
    private final long bodyLimit;
    private final long headerLimit;

    /**
     * @param credentials the headers that let a request through to the endpoint (none for an open one)
     * @param bodyLimit   the service's largest body, in bytes
     * @param headerLimit the services' largest request headers, in bytes
     */
    BadRequests(Random random, Map<String, String> credentials, long bodyLimit, long headerLimit) {
        this.random = random;
        this.credentials = credentials;
        this.bodyLimit = bodyLimit;
        this.headerLimit = headerLimit;
    }

    List<BadRequest> against(FuzzedEndpoint endpoint) {
        List<BadRequest> all = new ArrayList<>();
        String mediaType = endpoint.mediaType() != null ? endpoint.mediaType() : FuzzedEndpoint.JSON;
        String example = endpoint.example() != null ? endpoint.example() : "{\"a\":1}";
        String method = endpoint.method().equals("GET") || endpoint.method().equals("DELETE") ? "POST" : endpoint.method();
        all.add(bad("malformed-json", endpoint, method, endpoint.path(), mediaType, utf8(malformed(example))));
        all.add(bad("deeply-nested", endpoint, method, endpoint.path(), FuzzedEndpoint.JSON, utf8(deeplyNested())));
        all.add(bad("wrong-types", endpoint, method, endpoint.path(), mediaType, utf8(wrongTypes(example))));
        all.add(bad("invalid-utf8", endpoint, method, endpoint.path(), mediaType, invalidUtf8(example)));
        all.add(bad("control-and-bidi", endpoint, method, endpoint.path(), mediaType, utf8(controlAndBidi(example))));
        all.add(bad("wrong-media-type", endpoint, method, endpoint.path(), pick(WRONG_MEDIA_TYPES), utf8(example)));
        all.add(bad("wrong-method", endpoint, pick(WRONG_METHODS), endpoint.path(), mediaType, utf8(example)));
        all.add(bad("unknown-path", endpoint, endpoint.method(), endpoint.route() + "/" + pick(ODD_SEGMENTS)
                + "/" + randomWord(1 + random.nextInt(300)), mediaType, null));
        all.add(bad("odd-query", endpoint, endpoint.method(), endpoint.route() + "?wait=" + pick(ODD_SEGMENTS)
                + "&limit=" + random.nextLong() + "&since=%ff&language=" + randomWord(2000), mediaType, null));
        all.add(withHeader(bad("bad-traceparent", endpoint, endpoint.method(), endpoint.path(), mediaType,
                body(endpoint)), "traceparent", badTraceparent()));
        all.add(withHeader(bad("huge-header", endpoint, endpoint.method(), endpoint.path(), mediaType, body(endpoint)),
                "X-Fuzz", randomWord((int) headerLimit + 1 + random.nextInt((int) headerLimit))));
        all.add(withHeader(bad("odd-header-value", endpoint, endpoint.method(), endpoint.path(), mediaType,
                body(endpoint)), "Accept-Language", pick(ODD_HEADER_VALUES) + pick(ODD_HEADER_VALUES)));
        RawHttp.Request declared = bad("body-over-limit", endpoint, method, endpoint.path(), mediaType,
                utf8(randomWord(1024))).request();
        all.add(new BadRequest("body-over-limit", new RawHttp.Request(declared.method(), declared.target(),
                declared.headers(), declared.body(), false, bodyLimit + 1 + random.nextInt(1_000_000))));
        return all;
    }

    /**
     * Requests HTTP/1.1 itself forbids: the server's HTTP parser refuses them (Vert.x' empty 400 or 431) before any
     * route, so they only have to be refused without a 5xx or a stack trace.
     */
    List<BadRequest> unparseable(FuzzedEndpoint endpoint) {
        return List.of(
                withHeader(bad("unparseable-http", endpoint, endpoint.method(), endpoint.path(), FuzzedEndpoint.JSON,
                        body(endpoint)), "X-Fuzz", "a\u0007b\u0000c"),
                bad("unparseable-http", endpoint, endpoint.method(), endpoint.route() + "/雨 " + randomWord(3),
                        FuzzedEndpoint.JSON, null),
                withHeader(bad("unparseable-http", endpoint, endpoint.method(), endpoint.path(), FuzzedEndpoint.JSON,
                        body(endpoint)), "X-Fuzz", randomWord(70_000 + random.nextInt(10_000))));
    }

    /** A chunked body just over the limit: sent once per service, it is that service's whole limit in bytes. */
    BadRequest chunkedOverTheLimit(FuzzedEndpoint endpoint) {
        byte[] body = utf8("[\"" + "a".repeat((int) bodyLimit + 1 + random.nextInt(4096)) + "\"]");
        RawHttp.Request request = bad("chunked-over-limit", endpoint, endpoint.method(), endpoint.path(),
                FuzzedEndpoint.JSON, body).request();
        return new BadRequest("chunked-over-limit", new RawHttp.Request(request.method(), request.target(),
                request.headers(), body, true, null));
    }

    private BadRequest bad(String family, FuzzedEndpoint endpoint, String method, String target, String mediaType,
                           byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>(credentials);
        if (body != null && !mediaType.isEmpty()) {
            headers.put("Content-Type", mediaType);
        }
        if (endpoint.isWebSocket()) {
            // A handshake, as a browser opens the stream; the key is often not a valid one.
            headers.put("Upgrade", "websocket");
            headers.put("Sec-WebSocket-Version", random.nextBoolean() ? "13" : "99");
            headers.put("Sec-WebSocket-Key", random.nextBoolean() ? "dGhlIHNhbXBsZSBub25jZQ==" : randomWord(7));
        }
        return new BadRequest(family, new RawHttp.Request(method, target, headers, body, false, null));
    }

    private static BadRequest withHeader(BadRequest request, String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(request.request().headers());
        headers.put(name, value);
        RawHttp.Request r = request.request();
        return new BadRequest(request.family(), new RawHttp.Request(r.method(), r.target(), headers, r.body(),
                r.chunked(), r.declaredLength()));
    }

    private byte[] body(FuzzedEndpoint endpoint) {
        return endpoint.example() == null ? null : utf8(endpoint.example());
    }

    private String malformed(String example) {
        return switch (random.nextInt(4)) {
            case 0 -> example.substring(0, random.nextInt(Math.max(1, example.length())));
            case 1 -> example.replace("\"", random.nextBoolean() ? "'" : "");
            case 2 -> example + ",}" + randomWord(random.nextInt(20));
            default -> "{\"" + randomWord(5) + "\": " + randomWord(8) + "}";
        };
    }

    private String deeplyNested() {
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        return open.repeat(NESTING) + "1" + (random.nextBoolean() ? close.repeat(NESTING) : "");
    }

    /** Every value of the example's top-level fields replaced by one of another JSON type. */
    private String wrongTypes(String example) {
        if (!example.startsWith("{")) {
            return example.replaceAll("=[^&]*", "[]=" + random.nextLong()) + "&" + randomWord(3) + "[]=x";
        }
        String[] alternatives = {"42", "-1e309", "true", "null", "[1,\"a\",{}]", "{\"nested\":{\"deep\":[null]}}",
                "\"" + randomWord(5000) + "\"", "9223372036854775808", "0.0000001"};
        StringBuilder out = new StringBuilder("{");
        var fields = FIELD.matcher(example);
        boolean first = true;
        while (fields.find()) {
            out.append(first ? "" : ",").append('"').append(fields.group(1)).append("\":").append(pick(alternatives));
            first = false;
        }
        return out.append(first ? "\"unknownField\":1" : ",\"unknownField\":{}").append('}').toString();
    }

    private byte[] invalidUtf8(String example) {
        int at = example.indexOf('"', 1) > 0 ? example.indexOf('"', 1) + 1 : example.length() / 2;
        if (at >= example.length()) {
            at = example.length() / 2;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(example.substring(0, at)));
        out.writeBytes(INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]);
        out.writeBytes(utf8(example.substring(at)));
        return out.toByteArray();
    }

    private String controlAndBidi(String example) {
        String odd = random.nextBoolean() ? pick(ODD_STRINGS) : String.valueOf((char) random.nextInt(0x20));
        if (example.startsWith("{")) {
            return example.replaceFirst(":\"", ":\"" + Matcher.quoteReplacement(odd));
        }
        if (example.startsWith("<")) {
            return example.replace("<Content>", "<Content>" + odd);
        }
        return example + "&Body=" + odd;
    }

    private String badTraceparent() {
        return switch (random.nextInt(5)) {
            case 0 -> "00-" + "f".repeat(6000 + random.nextInt(2000));
            case 1 -> "00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01";
            case 2 -> "00-00000000000000000000000000000000-0000000000000000-00";
            case 3 -> "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\u202E";
            default -> randomWord(55);
        };
    }

    private String randomWord(int length) {
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
