package com.shopmate.cli.chat;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChatRepliesTest {

    @Test
    void eachReplyIsALine_andItsQuickRepliesAreButtonsBelowIt() {
        String body = """
                {"messageId": "m-1", "replies": [
                  {"text": "您好！请问有什么可以帮您？", "quickReplies": ["查订单", "退换货"]},
                  {"text": "Anything else?", "quickReplies": []}]}""";

        assertEquals(List.of("bot> 您好！请问有什么可以帮您？", "     [查订单] [退换货]", "bot> Anything else?"),
                ChatReplies.render(200, body));
    }

    @Test
    void aFieldTheGatewayAddsLater_doesNotBreakTheReply() {
        assertEquals(List.of("bot> hi"), ChatReplies.render(200,
                "{\"messageId\": \"m-1\", \"language\": \"en\", \"replies\": [{\"text\": \"hi\", \"quickReplies\": []}]}"));
    }

    @Test
    void anythingButTheGatewaysReplyShape_isShownAsUnexpected_notGuessedAt() {
        assertEquals(List.of("! unexpected answer (HTTP 200): [{\"replies\": [{\"text\": \"a\"}]}]"),
                ChatReplies.render(200, "[{\"replies\": [{\"text\": \"a\"}]}]"));
        assertEquals(List.of("! unexpected answer (HTTP 200): {\"replies\": [{\"quickReplies\": []}]}"),
                ChatReplies.render(200, "{\"replies\": [{\"quickReplies\": []}]}"));
        assertEquals(List.of("! unexpected answer (HTTP 202): {\"messageId\": \"m-1\"}"),
                ChatReplies.render(202, "{\"messageId\": \"m-1\"}"));
    }

    @Test
    void aReplyWithoutMessages_saysSo_ratherThanPrintingNothing() {
        assertEquals(List.of("(the bot sent an empty reply)"),
                ChatReplies.render(200, "{\"messageId\": \"m-1\", \"replies\": []}"));
    }

    @Test
    void anErrorIsPrintedInWords_fromTheErrorJson() {
        assertEquals(List.of("! text_too_long (HTTP 413): text must be at most 2000 characters"),
                ChatReplies.render(413, "{\"error\": \"text_too_long\", \"message\": \"text must be at most 2000 characters\"}"));
        assertEquals(List.of("! HTTP 502: Bad Gateway"), ChatReplies.render(502, "Bad Gateway"));
        assertEquals(List.of("! HTTP 500: {\"message\": \"no error code\"}"),
                ChatReplies.render(500, "{\"message\": \"no error code\"}"));
    }

    @Test
    void onlyTheGatewaysReplyTimeout_isWorthAskingAgain() {
        String timeout = "{\"error\": \"reply_timeout\", \"message\": \"no reply within 10 s\"}";

        assertTrue(ChatReplies.isReplyTimeout(504, timeout));
        assertFalse(ChatReplies.isReplyTimeout(504, "Gateway Timeout"));
        assertFalse(ChatReplies.isReplyTimeout(400, "{\"error\": \"invalid_wait\", \"message\": \"0-10\"}"));
    }
}
