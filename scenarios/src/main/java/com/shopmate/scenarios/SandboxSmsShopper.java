package com.shopmate.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * A shopper texting the shop through a gateway whose SMS provider is its built-in sandbox: each text goes in as the
 * provider's signed webhook ({@link SmsWebhookSigner}), and the turn's replies are read back from the sandbox's
 * outbox, where each message the gateway sent names the MessageSid it answers, its place in the turn and whether it
 * is the last. So the turn is known to be complete, and every reply is whole again however it was segmented.
 */
public final class SandboxSmsShopper {

    /** The shop's number the shopper texts; any E.164 number does, the gateway answers from its own. */
    public static final String SHOP_NUMBER = "+15005550006";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One turn as the shopper's phone shows it.
     *
     * @param replies  each reply message whole, in order
     * @param complete whether the turn's last message arrived before the wait ended
     * @param problem  why nothing could be sent or read (the webhook's answer), null when all went well
     */
    public record Turn(List<String> replies, boolean handoff, boolean complete, String problem) {
        public Turn {
            replies = List.copyOf(replies);
        }
    }

    private final String gateway;
    private final String phone;
    private final SmsWebhookSigner signer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** @param authToken the gateway's SMS provider auth token, which signs the webhooks */
    public SandboxSmsShopper(String gatewayUrl, String phone, String authToken) {
        this.gateway = gatewayUrl.replaceAll("/+$", "");
        this.phone = phone;
        this.signer = new SmsWebhookSigner(authToken);
    }

    /** Texts {@code text} and waits up to {@code wait} for the whole turn of replies. */
    public Turn send(String text, Duration wait) throws IOException, InterruptedException {
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("From", phone);
        form.put("To", SHOP_NUMBER);
        form.put("Body", text);
        form.put("MessageSid", sid);
        String url = gateway + "/v1/sms/webhook";
        HttpResponse<String> webhook = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header(SmsWebhookSigner.HEADER, signer.sign(url, form))
                .POST(HttpRequest.BodyPublishers.ofString(SmsWebhookSigner.formBody(form), UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        if (webhook.statusCode() != 200) {
            return new Turn(List.of(), false, false, "the SMS webhook answered HTTP " + webhook.statusCode() + " "
                    + webhook.body().replaceAll("\\s+", " ").strip());
        }
        Instant deadline = Instant.now().plus(wait);
        Turn turn = read(sid);
        while (!turn.complete() && Instant.now().isBefore(deadline)) {
            Thread.sleep(POLL_INTERVAL.toMillis());
            turn = read(sid);
        }
        return turn;
    }

    /** What the outbox holds of the turn answering {@code sid} so far. */
    Turn read(String sid) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway
                        + "/v1/sms/sandbox/outbox?to=" + URLEncoder.encode(phone, UTF_8))).timeout(REQUEST_TIMEOUT)
                .GET().build(), HttpResponse.BodyHandlers.ofString(UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("GET /v1/sms/sandbox/outbox answered HTTP " + response.statusCode()
                    + " (is the gateway's SMS sandbox on?)");
        }
        return reassembled(JSON.readTree(response.body()).path("messages"), sid);
    }

    /** The turn's replies from the outbox's messages: segments in place, complete once every part is there. */
    static Turn reassembled(JsonNode outbox, String sid) {
        TreeMap<Integer, Map<Integer, String>> parts = new TreeMap<>();
        Map<Integer, Integer> segmentsOf = new TreeMap<>();
        int lastMessage = -1;
        boolean handoff = false;
        for (JsonNode sms : outbox) {
            JsonNode turn = sms.path("turn");
            if (!sid.equals(turn.path("messageId").asText())) {
                continue;
            }
            int message = turn.path("message").asInt();
            parts.computeIfAbsent(message, m -> new TreeMap<>()).put(turn.path("segment").asInt(),
                    sms.path("body").asText(""));
            segmentsOf.put(message, turn.path("segments").asInt(1));
            handoff |= turn.path("handoff").asBoolean(false);
            if (turn.path("last").asBoolean(false)) {
                lastMessage = message;
            }
        }
        boolean complete = lastMessage >= 0;
        List<String> replies = new ArrayList<>();
        int highest = Math.max(lastMessage, parts.isEmpty() ? -1 : parts.lastKey());
        for (int message = 0; message <= highest; message++) {
            Map<Integer, String> segments = parts.get(message);
            if (segments == null || segments.size() < segmentsOf.getOrDefault(message, 1)) {
                complete = false;
            }
            if (segments != null) {
                replies.add(String.join("", segments.values()));
            }
        }
        return new Turn(replies, handoff, complete, null);
    }
}
