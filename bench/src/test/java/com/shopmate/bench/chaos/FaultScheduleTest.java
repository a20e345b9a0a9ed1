package com.shopmate.bench.chaos;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultScheduleTest {

    @Test
    void faultsAreSpreadEvenlyWithLoadBeforeTheFirstAndAfterTheLast() {
        List<PlannedFault> faults = FaultSchedule.spread(List.of("gateway-service", "kafka", "redis"), 600);

        assertEquals(List.of(new PlannedFault("gateway-service", 150), new PlannedFault("kafka", 300),
                new PlannedFault("redis", 450)), faults);
    }

    @Test
    void everyComponentIsKilledOnceInTheOrderGiven() {
        List<PlannedFault> faults = FaultSchedule.spread(FaultSchedule.COMPONENTS, 600);

        assertEquals(FaultSchedule.COMPONENTS, faults.stream().map(PlannedFault::component).toList());
        for (int i = 1; i < faults.size(); i++) {
            assertTrue(faults.get(i).atSecond() > faults.get(i - 1).atSecond(), "fault " + i + " after " + (i - 1));
        }
        assertEquals(60, faults.get(0).atSecond());
        assertEquals(540, faults.get(8).atSecond());
    }

    @Test
    void theFirstFaultStartsAtItsPlan() {
        assertEquals(150, FaultSchedule.startOf(new PlannedFault("kafka", 150), -1, 5));
    }

    @Test
    void aFaultKeepsItsPlanWhenThePreviousComponentCameBackInTime() {
        assertEquals(300, FaultSchedule.startOf(new PlannedFault("redis", 300), 200, 5));
    }

    @Test
    void aFaultWaitsUntilThePreviousComponentHasBeenBackForTheSettleTime() {
        assertEquals(325, FaultSchedule.startOf(new PlannedFault("redis", 300), 320, 5));
    }

    @Test
    void aLoadOfNoTimeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FaultSchedule.spread(List.of("kafka"), 0));
    }
}
