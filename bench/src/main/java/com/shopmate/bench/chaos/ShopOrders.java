package com.shopmate.bench.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The shop's side of a side effect: an order's status as order-connector's admin shop API
 * ({@code /admin/shop-api/v1}) reads it from the back end, not as a reply claims it.
 */
public final class ShopOrders {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI orderConnector;
    private final String adminToken;

    public ShopOrders(HttpClient http, URI orderConnector, String adminToken) {
        this.http = http;
        this.orderConnector = orderConnector;
        this.adminToken = adminToken;
    }

    /** The order's status ({@code paid}, {@code cancelled}, …); null when the shop API did not answer it. */
    public String statusOf(String orderId) {
        HttpRequest request = HttpRequest.newBuilder(orderConnector.resolve("/admin/shop-api/v1/orders/" + orderId))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + adminToken)
                .GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()).path("status").asText(null) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
