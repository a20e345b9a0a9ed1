package com.shopmate.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SandboxSmsShopperTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void segmentsArePutTogetherInOrderAndTheTurnEndsWithItsLastMessage() throws Exception {
        JsonNode outbox = JSON.readTree("""
                [{"body":"an earlier turn","turn":{"messageId":"SMold","message":0,"segment":1,"segments":1,"last":true,"handoff":false}},
                 {"body":"您的订单已发货，","turn":{"messageId":"SM1","message":0,"segment":1,"segments":2,"last":false,"handoff":true}},
                 {"body":"预计周五送达。","turn":{"messageId":"SM1","message":0,"segment":2,"segments":2,"last":false,"handoff":true}},
                 {"body":"还有其他问题吗？","turn":{"messageId":"SM1","message":1,"segment":1,"segments":1,"last":true,"handoff":true}},
                 {"body":"an order code","turn":null}]
                """);
        SandboxSmsShopper.Turn turn = SandboxSmsShopper.reassembled(outbox, "SM1");

        assertEquals(List.of("您的订单已发货，预计周五送达。", "还有其他问题吗？"), turn.replies());
        assertTrue(turn.complete());
        assertTrue(turn.handoff());
    }

    @Test
    void aTurnMissingASegmentIsNotComplete() throws Exception {
        JsonNode outbox = JSON.readTree("""
                [{"body":"预计周五送达。","turn":{"messageId":"SM1","message":0,"segment":2,"segments":2,"last":true,"handoff":false}}]
                """);
        assertFalse(SandboxSmsShopper.reassembled(outbox, "SM1").complete());
        assertFalse(SandboxSmsShopper.reassembled(JSON.readTree("[]"), "SM1").complete());
    }
}
