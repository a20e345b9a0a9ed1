package com.shopmate.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection: it sends what {@link java.net.http.HttpClient} refuses to
 * (any method, control characters and invalid UTF-8 in the request line, headers and body, a chunked body of a given
 * size, a Content-Length the body does not match) and reads back the status, headers and body as they came.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 5_000;
    private static final int MAX_RESPONSE_BYTES = 1 << 20;

    /** A request as bytes go on the wire; {@code chunked} sends the body in chunks with no Content-Length. */
    record Request(String method, String target, Map<String, String> headers, byte[] body, boolean chunked,
                   Long declaredLength) {
    }

    /** What came back; {@code status} -1 when the server closed the connection without answering. */
    record Response(int status, Map<String, String> headers, String body) {

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private RawHttp() {
    }

    static Response send(String baseUrl, Request request) throws IOException {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            try {
                write(socket.getOutputStream(), base, request);
            } catch (SocketException refusedMidway) {
                // The server answered early (413, 431) and closed while we were still sending: read its answer.
            }
            return read(socket.getInputStream());
        }
    }

    private static void write(OutputStream out, URI base, Request request) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes((request.method() + " " + request.target() + " HTTP/1.1\r\n").getBytes(StandardCharsets.UTF_8));
        head.writeBytes(("Host: " + base.getHost() + ":" + base.getPort() + "\r\n").getBytes(StandardCharsets.UTF_8));
        boolean upgrade = request.headers().containsKey("Upgrade");
        head.writeBytes((upgrade ? "Connection: Upgrade\r\n" : "Connection: close\r\n").getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            head.writeBytes((header.getKey() + ": " + header.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] body = request.body();
        if (request.chunked()) {
            head.writeBytes("Transfer-Encoding: chunked\r\n".getBytes(StandardCharsets.UTF_8));
        } else if (body != null || request.declaredLength() != null) {
            long length = request.declaredLength() != null ? request.declaredLength() : body.length;
            head.writeBytes(("Content-Length: " + length + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        head.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        out.write(head.toByteArray());
        if (body != null && request.chunked()) {
            int chunk = 8192;
            for (int from = 0; from < body.length; from += chunk) {
                int size = Math.min(chunk, body.length - from);
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, from, size);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } else if (body != null) {
            out.write(body);
        }
        out.flush();
    }

    // Connection: close on every request, so a body of no declared length is whatever comes until the server closes.
    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        byte[] endOfHeadMark = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        int endOfHead = -1;
        int status = -1;
        Map<String, String> headers = new LinkedHashMap<>();
        try {
            for (int n; (n = in.read(buffer)) != -1 && all.size() < MAX_RESPONSE_BYTES; ) {
                all.write(buffer, 0, n);
                if (endOfHead < 0 && (endOfHead = indexOf(all.toByteArray(), endOfHeadMark, 0)) >= 0) {
                    status = parseHead(new String(all.toByteArray(), 0, endOfHead, StandardCharsets.ISO_8859_1), headers);
                    if (status == 101) {
                        break; // a WebSocket: open until someone closes it
                    }
                }
                if (endOfHead >= 0 && headers.containsKey("content-length")
                        && all.size() - endOfHead - 4 >= Long.parseLong(headers.get("content-length"))) {
                    break;
                }
            }
        } catch (SocketException reset) {
            // A reset after the answer (the server closed on an unread request body): keep what came.
        }
        byte[] bytes = all.toByteArray();
        if (endOfHead < 0) {
            return new Response(-1, Map.of(), new String(bytes, StandardCharsets.UTF_8));
        }
        byte[] body = Arrays.copyOfRange(bytes, endOfHead + 4, bytes.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunked(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static int parseHead(String head, Map<String, String> headers) {
        String[] lines = head.split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        return Integer.parseInt(lines[0].split(" ")[1]);
    }

    private static byte[] dechunked(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, crlf, at);
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
