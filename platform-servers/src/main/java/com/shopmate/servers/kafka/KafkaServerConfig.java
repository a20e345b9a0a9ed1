package com.shopmate.servers.kafka;

import com.shopmate.servers.Loopback;

import java.nio.file.Path;

/** The {@code server.properties} of the one-node KRaft cluster (broker and controller in one process). */
final class KafkaServerConfig {

    static final int NODE_ID = 1;

    private KafkaServerConfig() {
    }

    static String render(int kafkaPort, int controllerPort, Path logDir, int partitions) {
        String host = Loopback.HOST;
        return """
                # Written by KafkaServer at every start; change its settings, not this file.
                process.roles=broker,controller
                node.id=%1$d
                listeners=PLAINTEXT://%2$s:%3$d,CONTROLLER://%2$s:%4$d
                advertised.listeners=PLAINTEXT://%2$s:%3$d
                inter.broker.listener.name=PLAINTEXT
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                # A static voter set rather than a --standalone dynamic quorum: the dynamic one records the
                # controller's endpoint in the metadata log, and the controller port is an option of the stack.
                controller.quorum.voters=%1$d@%2$s:%4$d
                log.dirs=%5$s
                num.partitions=%6$d
                # One broker: internal topics cannot have more replicas than that.
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                # Without this a consumer group waits 3 s before its first assignment at every service start.
                group.initial.rebalance.delay.ms=0
                """.formatted(NODE_ID, host, kafkaPort, controllerPort, escape(logDir.toString()), partitions);
    }

    /** Backslashes (Windows paths) are escapes in a properties file. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }
}
