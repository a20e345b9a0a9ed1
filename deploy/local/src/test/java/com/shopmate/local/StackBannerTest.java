package com.shopmate.local;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackBannerTest {

    @Test
    void theWebChatWidget_isListedNextToTheRestAndWebSocketChats() {
        List<String> lines = StackBanner.gatewayLines("http://127.0.0.1:8080").lines().map(String::strip).toList();

        assertEquals("Chat (REST)          POST http://127.0.0.1:8080/v1/conversations/{id}/messages?wait=5"
                + "   {\"text\": \"你好\"}", lines.get(0));
        assertEquals("Chat (WebSocket)     ws://127.0.0.1:8080/v1/conversations/{id}/stream", lines.get(1));
        assertEquals("Chat (web widget)    http://127.0.0.1:8080/widget/", lines.get(2));
        assertTrue(lines.get(3).startsWith("Demo shop page       http://127.0.0.1:8080/widget/demo-shop.html"),
                lines.get(3));
    }
}
