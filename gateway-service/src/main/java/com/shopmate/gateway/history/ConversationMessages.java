package com.shopmate.gateway.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The answer of {@code GET /v1/conversations/{id}/messages}. */
public record ConversationMessages(
        @Schema(required = true) String conversationId,
        @Schema(description = "whether the last reply left the conversation with a person", required = true)
        boolean handoff,
        @Schema(description = "oldest first, at most the latest 200", required = true)
        List<HistoryEntry> messages) {
}
