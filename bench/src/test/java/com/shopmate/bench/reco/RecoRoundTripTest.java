package com.shopmate.bench.reco;

import com.shopmate.events.RecommendationsReady;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoRoundTripTest {

    @Test
    void aServiceWithoutACatalogue_isNotReadyToBeMeasured_oneAnsweringOkOrNoneIs() {
        assertTrue(RecoRoundTrip.notReady(answer("unavailable")).contains("no catalogue"));
        assertNull(RecoRoundTrip.notReady(answer("ok")));
        assertNull(RecoRoundTrip.notReady(answer("none")));
    }

    @Test
    void theProbeAndEveryRequest_travelUnderTheIdTheirAnswerCarriesBack() {
        var request = RecoRoundTrip.ROUTE.requests().request("bench-r1-probe1", 0);

        assertEquals("bench-r1-probe1", RecoRoundTrip.ROUTE.requestId().apply(request));
        assertEquals("bench-r1-m0", RecoRoundTrip.ROUTE.answerId().apply(answer("ok")));
    }

    private static RecommendationsReady answer(String outcome) {
        return new RecommendationsReady("bench-r1-m0", outcome, List.of(), "reco-1", null);
    }
}
