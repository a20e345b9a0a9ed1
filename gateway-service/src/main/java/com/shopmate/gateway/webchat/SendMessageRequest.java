package com.shopmate.gateway.webchat;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /v1/conversations/{id}/messages}. Who the shopper is never comes from here.
 *
 * @param channel which client sent it: {@code web} for the web widget, {@code app} (or nothing) for the shop's app
 */
public record SendMessageRequest(
        @Schema(description = "the client's id for the message; re-sending it creates no second message",
                maxLength = 128)
        String messageId,
        @Schema(description = "what the shopper wrote, 1 to 2,000 characters", required = true)
        String text,
        @Schema(description = "the client's locale hint, a language tag such as zh-CN")
        String locale,
        @Schema(description = "the client that sent it: the web widget sends web; the shop's app sends app or"
                + " nothing. The reply comes back the same way for both (WebSocket or ?wait).",
                enumeration = {"app", "web"}, defaultValue = "app")
        String channel) {

    /** A message from the shop's app, which names no channel. */
    public SendMessageRequest(String messageId, String text, String locale) {
        this(messageId, text, locale, null);
    }
}
