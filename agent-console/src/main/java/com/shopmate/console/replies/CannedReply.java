package com.shopmate.console.replies;

/** A ready-made reply an agent picks and edits before sending. */
public record CannedReply(String key, String title, String text) {
}
