package com.shopmate.console.queue;

import com.shopmate.console.agents.Agent;
import com.shopmate.errors.ApiException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClaimRuleTest {

    private static Agent agent(boolean available, int max) {
        return new Agent("li.na", "李娜", List.of(Agent.AGENT), available, max);
    }

    @Test
    void anAvailableAgentUnderTheirLimit_mayTakeOneMore() {
        assertDoesNotThrow(() -> ClaimRule.check(agent(true, 3), 2));
    }

    @Test
    void anAgentAtTheirLimit_isRefusedWith409() {
        ApiException refused = assertThrows(ApiException.class, () -> ClaimRule.check(agent(true, 3), 3));
        assertEquals(409, refused.status());
        assertEquals("at_max_open_chats", refused.code());
    }

    @Test
    void anUnavailableAgent_isRefusedEvenWithNoChatOpen() {
        ApiException refused = assertThrows(ApiException.class, () -> ClaimRule.check(agent(false, 3), 0));
        assertEquals(409, refused.status());
        assertEquals("agent_unavailable", refused.code());
    }
}
