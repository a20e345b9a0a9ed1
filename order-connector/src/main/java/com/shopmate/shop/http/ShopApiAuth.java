package com.shopmate.shop.http;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/** Puts the configured auth header on every request to the shop's API. */
final class ShopApiAuth implements ClientRequestFilter {

    private final String header;
    private final String value;

    ShopApiAuth(String header, String value) {
        this.header = header;
        this.value = value;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(header, value);
    }
}
