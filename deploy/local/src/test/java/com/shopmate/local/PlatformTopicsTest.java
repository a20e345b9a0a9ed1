package com.shopmate.local;

import com.shopmate.events.Topics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class PlatformTopicsTest {

    @Test
    void theStackCreatesEveryTopicOfTheContract() {
        assertTrue(PlatformTopics.all().containsAll(List.of(
                Topics.UTTERANCES, Topics.INTENTS, Topics.SENTIMENTS, Topics.REPLIES, Topics.DEAD_LETTERS)));
    }
}
