package com.shopmate.servers.kafka;

import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.internals.KafkaFutureImpl;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaServerTest {

    @Test
    void aClusterThatListsNoNodeYet_isNotReady_soTheWaitPausesAndTriesAgain() {
        assertFalse(KafkaServer.hasNodes(KafkaFuture.completedFuture(List.of())));
    }

    @Test
    void aFailedAnswer_isNotReadyEither() {
        KafkaFutureImpl<Collection<Node>> failed = new KafkaFutureImpl<>();
        failed.completeExceptionally(new IllegalStateException("broker not available"));

        assertFalse(KafkaServer.hasNodes(failed));
    }

    @Test
    void aClusterWithItsNode_isReady() {
        assertTrue(KafkaServer.hasNodes(KafkaFuture.completedFuture(List.of(new Node(1, "127.0.0.1", 19092)))));
    }
}
