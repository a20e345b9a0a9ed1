package com.shopmate.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * A shopper texting the shop: an inbound SMS through the provider webhook ({@code POST /v1/sms/webhook}, Twilio's
 * form fields), the replies read from the gateway's sandbox provider ({@code GET /v1/sms/sandbox/outbox?to=}).
 * SMS says nothing of a handoff, so its answers leave that flag unknown.
 */
final class SmsChatSession implements ChatSession {

    /** The shop's number the shopper texts; any E.164 number does, the gateway answers from its own. */
    static final String SHOP_NUMBER = "+15005550006";
    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    // A reply of several messages goes out as several SMS, one after the other: wait this long for the next one.
    private static final Duration NEXT_SMS_GRACE = Duration.ofSeconds(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Gateway gateway;
    private final String phone;
    private final Duration timeout;

    SmsChatSession(Gateway gateway, String phone, Duration timeout) {
        this.gateway = gateway;
        this.phone = e164(phone);
        this.timeout = timeout;
    }

    /** The demo shop's numbers are bare mainland mobiles ({@code 13200489888}); SMS senders are E.164. */
    static String e164(String phone) {
        String digits = phone.replaceAll("[\\s()-]", "");
        if (digits.startsWith("+")) {
            return digits;
        }
        return MAINLAND_MOBILE.matcher(digits).matches() ? "+86" + digits : "+" + digits;
    }

    @Override
    public BotAnswer send(String text) {
        try {
            // What the outbox held before this message is an earlier turn's: only what is new answers this one.
            Set<String> seen = new HashSet<>();
            outbox().forEach(sms -> seen.add(sms.path("sid").asText()));
            HttpResponse<String> webhook = gateway.postForm("/v1/sms/webhook", form(text));
            if (webhook.statusCode() != 200) {
                return BotAnswer.none("the SMS webhook answered HTTP " + webhook.statusCode() + " "
                        + RestChatSession.abbreviate(webhook.body()));
            }
            return awaitReplies(seen);
        } catch (IOException e) {
            return BotAnswer.none("cannot reach the gateway at " + gateway.url() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return BotAnswer.none("interrupted");
        }
    }

    private BotAnswer awaitReplies(Set<String> seen) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<String> replies = new ArrayList<>();
        Instant lastArrival = null;
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode sms : outbox()) {
                if (seen.add(sms.path("sid").asText())) {
                    replies.add(sms.path("body").asText(""));
                    lastArrival = Instant.now();
                }
            }
            if (lastArrival != null && Instant.now().isAfter(lastArrival.plus(NEXT_SMS_GRACE))) {
                break;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return replies.isEmpty() ? BotAnswer.none("no SMS reply within " + timeout.toSeconds() + " s")
                : BotAnswer.of(replies, null);
    }

    private JsonNode outbox() throws IOException {
        HttpResponse<String> response = gateway.get("/v1/sms/sandbox/outbox?to=" + URLEncoder.encode(phone, UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("GET /v1/sms/sandbox/outbox answered HTTP " + response.statusCode()
                    + " (is the gateway's SMS sandbox on?)");
        }
        return JSON.readTree(response.body()).path("messages");
    }

    private String form(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("From", phone);
        fields.put("To", SHOP_NUMBER);
        fields.put("Body", text);
        fields.put("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""));
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }
}
