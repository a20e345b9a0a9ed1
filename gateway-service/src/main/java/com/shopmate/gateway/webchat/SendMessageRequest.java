package com.shopmate.gateway.webchat;

/** The body of {@code POST /v1/conversations/{id}/messages}. Who the shopper is never comes from here. */
public record SendMessageRequest(String messageId, String text, String locale) {
}
