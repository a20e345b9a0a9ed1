package com.shopmate.cli.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.local.StackEnvFile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;

/** A terminal chat with the running gateway, as a shopper in the app would have it ({@code ./shopmate chat}). */
final class TerminalChat {

    static final String DEFAULT_GATEWAY = "http://localhost:8080";
    /** The longest the gateway holds a request open ({@code shopmate.gateway.max-wait-seconds}). */
    static final int MAX_WAIT_SECONDS = 10;
    /** How long the one re-send of a message whose reply was late waits. */
    static final int RETRY_WAIT_SECONDS = MAX_WAIT_SECONDS;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String gateway;
    private final int waitSeconds;
    private final String customerToken;
    private final PrintStream out;
    /** The current conversation's visitor token, from the answer to its first message (anonymous chats). */
    private String visitorToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** @param customerToken the logged-in customer's token, or null for an anonymous visitor */
    TerminalChat(String gateway, int waitSeconds, String customerToken, PrintStream out) {
        this.gateway = gateway.replaceAll("/+$", "");
        this.waitSeconds = waitSeconds;
        this.customerToken = customerToken;
        this.out = out;
    }

    void run(BufferedReader in) throws IOException {
        String conversation = newConversationId();
        out.println("Shopmate chat on " + gateway + ", conversation " + conversation
                + ". /new starts a new conversation, /quit leaves.");
        while (true) {
            out.print("you> ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.trim().equals("/quit") || line.trim().equals("/exit")) {
                out.println();
                return;
            }
            String text = line.trim();
            if (text.isEmpty()) {
                continue;
            }
            if (text.equals("/new")) {
                conversation = newConversationId();
                visitorToken = null;
                out.println("(new conversation " + conversation + ")");
                continue;
            }
            send(conversation, text).forEach(out::println);
        }
    }

    /** Sends one message and returns the lines to print: the replies, or what went wrong. */
    List<String> send(String conversation, String text) {
        // One id for the message and for its re-send: the gateway publishes it once and answers both with its reply.
        String messageId = UUID.randomUUID().toString();
        try {
            HttpResponse<String> response = post(conversation, messageId, text, waitSeconds);
            if (ChatReplies.isReplyTimeout(response.statusCode(), response.body())) {
                // The message is queued and its reply may only be slow: ask once more rather than lose it.
                out.println("(no reply within " + waitSeconds + " s; waiting up to " + RETRY_WAIT_SECONDS + " s more)");
                response = post(conversation, messageId, text, RETRY_WAIT_SECONDS);
            }
            return ChatReplies.render(response.statusCode(), response.body());
        } catch (ConnectException e) {
            return List.of("! cannot reach the gateway at " + gateway + ": is the stack up? (./shopmate up)");
        } catch (HttpTimeoutException e) {
            return List.of("! the gateway did not answer in time: " + e.getMessage());
        } catch (IOException e) {
            return List.of("! " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("! interrupted");
        }
    }

    private HttpResponse<String> post(String conversation, String messageId, String text, int wait)
            throws IOException, InterruptedException {
        URI uri = URI.create(gateway + "/v1/conversations/" + URLEncoder.encode(conversation, UTF_8)
                + "/messages?wait=" + wait);
        String body = JSON.writeValueAsString(Map.of("messageId", messageId, "text", text));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                // Longer than the gateway's own wait, so that its 504 arrives rather than a client timeout.
                .timeout(Duration.ofSeconds(wait + 10L))
                .header("content-type", "application/json; charset=utf-8")
                .header("accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8));
        String credential = customerToken != null ? customerToken : visitorToken;
        if (credential != null) {
            request.header("authorization", "Bearer " + credential);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
        ChatReplies.visitorToken(response.body()).ifPresent(token -> visitorToken = token);
        return response;
    }

    static String newConversationId() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return "chat-" + HexFormat.of().formatHex(bytes);
    }

    static String gatewayFromStackEnv(Path stackEnv) {
        return StackEnvFile.read(stackEnv).getOrDefault("GATEWAY_URL", DEFAULT_GATEWAY);
    }
}
