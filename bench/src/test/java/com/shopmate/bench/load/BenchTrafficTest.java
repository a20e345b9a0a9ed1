package com.shopmate.bench.load;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchTrafficTest {

    private final BenchTraffic traffic = new BenchTraffic("r1", 50);

    @Test
    void messagesAreSpreadOverTheConversationsOfTheRun() {
        assertEquals("bench-r1-0", traffic.conversationId(0));
        assertEquals("bench-r1-49", traffic.conversationId(49));
        assertEquals("bench-r1-0", traffic.conversationId(50));
        assertEquals(50, LongStream.range(0, 1_000).mapToObj(traffic::conversationId).distinct().count());
    }

    @Test
    void everyMessageHasItsOwnId() {
        var ids = new HashSet<String>();
        LongStream.range(0, 1_000).forEach(i -> ids.add(traffic.messageId(i)));
        assertEquals(1_000, ids.size());
    }

    @Test
    void textsRotateThroughChineseAndEnglish() {
        var texts = LongStream.range(0, BenchTraffic.TEXTS.size()).mapToObj(traffic::text).toList();
        assertTrue(texts.contains("你好"));
        assertTrue(texts.contains("hello"));
        assertEquals(traffic.text(0), traffic.text(BenchTraffic.TEXTS.size()));
    }
}
