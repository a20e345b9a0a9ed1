package com.shopmate.servers.kafka;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KafkaServerConfigTest {

    @Test
    void oneNodeIsBrokerAndController_onLoopback_withTheGivenPorts() throws IOException {
        Properties config = load(KafkaServerConfig.render(19092, 19093, Path.of("/data/kafka"), 4));

        assertEquals("broker,controller", config.getProperty("process.roles"));
        assertEquals("1", config.getProperty("node.id"));
        assertEquals("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093", config.getProperty("listeners"));
        assertEquals("PLAINTEXT://127.0.0.1:19092", config.getProperty("advertised.listeners"));
        assertEquals("CONTROLLER", config.getProperty("controller.listener.names"));
        assertEquals("1@127.0.0.1:19093", config.getProperty("controller.quorum.voters"));
        assertEquals("/data/kafka", config.getProperty("log.dirs"));
    }

    @Test
    void internalTopicsFitOneBroker_andConsumerGroupsDoNotWait() throws IOException {
        Properties config = load(KafkaServerConfig.render(1, 2, Path.of("/k"), 6));

        assertEquals("6", config.getProperty("num.partitions"));
        assertEquals("1", config.getProperty("offsets.topic.replication.factor"));
        assertEquals("1", config.getProperty("transaction.state.log.replication.factor"));
        assertEquals("1", config.getProperty("transaction.state.log.min.isr"));
        assertEquals("0", config.getProperty("group.initial.rebalance.delay.ms"));
    }

    @Test
    void aWindowsLogDirectory_survivesPropertiesEscaping() throws IOException {
        Properties config = load(KafkaServerConfig.render(1, 2, Path.of("C:\\shopmate\\kafka"), 1));

        assertEquals("C:\\shopmate\\kafka", config.getProperty("log.dirs"));
    }


    private static Properties load(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
