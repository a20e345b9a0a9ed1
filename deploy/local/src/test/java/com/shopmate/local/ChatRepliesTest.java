package com.shopmate.local;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChatRepliesTest {

    @Test
    void eachReplyIsALine_andItsQuickRepliesAreButtonsBelowIt() {
        String body = """
                {"conversationId": "chat-1", "replies": [
                  {"text": "您好！请问有什么可以帮您？", "quickReplies": ["查订单", "退换货"]},
                  {"text": "Anything else?", "quickReplies": []}]}""";

        assertEquals(List.of("bot> 您好！请问有什么可以帮您？", "     [查订单] [退换货]", "bot> Anything else?"),
                ChatReplies.render(200, body, 10));
    }

    @Test
    void repliesNestedInReplyComposedEvents_orABareList_areFoundToo() {
        assertEquals(List.of("bot> a", "bot> b"),
                ChatReplies.render(200, "[{\"replies\": [{\"text\": \"a\"}]}, {\"reply\": {\"text\": \"b\"}}]", 10));
    }

    @Test
    void anErrorIsPrintedInWords_fromTheErrorJson() {
        assertEquals(List.of("! text_too_long (HTTP 413): text must be at most 2000 characters"),
                ChatReplies.render(413, "{\"error\": \"text_too_long\", \"message\": \"text must be at most 2000 characters\"}", 10));
        assertEquals(List.of("! HTTP 502: Bad Gateway"), ChatReplies.render(502, "Bad Gateway", 10));
    }

    @Test
    void noReplyWithinTheWait_saysSo() {
        assertEquals(List.of("(no reply within 5 s; it may still come on the WebSocket)"),
                ChatReplies.render(202, "", 5));
        assertEquals(List.of("(no reply within 5 s; it may still come on the WebSocket)"),
                ChatReplies.render(200, "{\"replies\": []}", 5));
    }
}
