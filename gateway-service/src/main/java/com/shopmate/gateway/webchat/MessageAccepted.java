package com.shopmate.gateway.webchat;

/** 202: the message is queued; replies follow on the WebSocket. */
public record MessageAccepted(String messageId) {
}
