package com.shopmate.gateway.webchat;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * 202: the message is queued; replies follow on the WebSocket. {@code visitorToken}: only for the first message of an
 * anonymous conversation; later requests on the conversation send it as {@code Authorization: Bearer}.
 */
public record MessageAccepted(String messageId, @JsonInclude(JsonInclude.Include.NON_NULL) String visitorToken) {
}
