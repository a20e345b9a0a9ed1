package com.shopmate.gateway.wechat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server on a free port playing WeChat's API: {@code /cgi-bin/token} hands out access tokens and
 * {@code /cgi-bin/message/custom/send} records each customer-service message. Openids starting {@code oOutOfWindow}
 * are refused with errcode 45015, as WeChat refuses a shopper silent for 48 hours; the first message to an openid
 * starting {@code oStaleToken} is refused with 40001, as when the access token was renewed elsewhere.
 */
public class WeChatApiStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN = "it-wechat-token";

    public record Sent(String accessToken, String openid, String content) {
    }

    private static final List<Sent> SENT = new CopyOnWriteArrayList<>();
    private static final AtomicInteger TOKENS_ISSUED = new AtomicInteger();
    private static final Set<String> STALE_REFUSED = ConcurrentHashMap.newKeySet();
    private static final Pattern TOUSER = Pattern.compile("\"touser\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CONTENT = Pattern.compile("\"content\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private HttpServer server;

    public static List<Sent> sentTo(String openid) {
        return SENT.stream().filter(sent -> sent.openid().equals(openid)).toList();
    }

    public static int tokensIssued() {
        return TOKENS_ISSUED.get();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the WeChat API stand-in", e);
        }
        server.createContext("/cgi-bin/token", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            if (query == null || !query.contains("appid=wxittest") || !query.contains("secret=it-secret")) {
                answer(exchange, "{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}");
                return;
            }
            answer(exchange, "{\"access_token\":\"AT" + TOKENS_ISSUED.incrementAndGet() + "\",\"expires_in\":7200}");
        });
        server.createContext("/cgi-bin/message/custom/send", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String accessToken = exchange.getRequestURI().getQuery().replaceAll(".*access_token=([^&]*).*", "$1");
            String openid = group(TOUSER.matcher(body));
            if (openid.startsWith("oOutOfWindow")) {
                answer(exchange, "{\"errcode\":45015,\"errmsg\":\"response out of time limit or subscription is"
                        + " canceled\"}");
                return;
            }
            if (openid.startsWith("oStaleToken") && STALE_REFUSED.add(openid)) {
                answer(exchange, "{\"errcode\":40001,\"errmsg\":\"invalid credential, access_token is invalid\"}");
                return;
            }
            SENT.add(new Sent(accessToken, openid, unescape(group(CONTENT.matcher(body)))));
            answer(exchange, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("shopmate.wechat.token", TOKEN, "shopmate.wechat.app-id", "wxittest",
                "shopmate.wechat.app-secret", "it-secret", "shopmate.wechat.api-base-url", url,
                "shopmate.wechat.passive-reply-within", "2S");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static String group(Matcher matcher) {
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String unescape(String json) {
        return com.google.gson.JsonParser.parseString("\"" + json + "\"").getAsString();
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
