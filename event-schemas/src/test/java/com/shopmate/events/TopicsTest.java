package com.shopmate.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TopicsTest {

    @Test
    void configuredTopicNamesAreTheOnesInTopics() throws IOException {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        assertEquals(Topics.UTTERANCES, config.getProperty("shopmate.topic.utterances"));
        assertEquals(Topics.INTENTS, config.getProperty("shopmate.topic.intents"));
        assertEquals(Topics.SENTIMENTS, config.getProperty("shopmate.topic.sentiments"));
        assertEquals(Topics.REPLIES, config.getProperty("shopmate.topic.replies"));
        assertEquals(Topics.DEAD_LETTERS, config.getProperty("shopmate.topic.dead-letters"));
        assertEquals(Topics.MODEL_ACTIVATIONS, config.getProperty("shopmate.topic.model-activations"));
        assertEquals(Topics.SHOP_QUERIES, config.getProperty("shopmate.topic.shop-queries"));
        assertEquals(Topics.SHOP_ANSWERS, config.getProperty("shopmate.topic.shop-answers"));
        assertEquals(Topics.SHOP_ACTIONS, config.getProperty("shopmate.topic.shop-actions"));
        assertEquals(Topics.SHOP_ACTION_RESULTS, config.getProperty("shopmate.topic.shop-action-results"));
        assertEquals(Topics.HANDOFFS, config.getProperty("shopmate.topic.handoffs"));
        assertEquals(Topics.HANDOFF_ENDINGS, config.getProperty("shopmate.topic.handoff-endings"));
        assertEquals(Topics.RECOMMENDATION_REQUESTS, config.getProperty("shopmate.topic.recommendation-requests"));
        assertEquals(Topics.RECOMMENDATIONS, config.getProperty("shopmate.topic.recommendations"));
        assertEquals(Topics.MARKETING_PREFERENCES, config.getProperty("shopmate.topic.marketing-preferences"));
        assertEquals(Topics.REPLY_DELIVERY_FAILURES, config.getProperty("shopmate.topic.reply-delivery-failures"));
        assertEquals(16, config.size(), "every configured topic is a constant in Topics");
    }
}
