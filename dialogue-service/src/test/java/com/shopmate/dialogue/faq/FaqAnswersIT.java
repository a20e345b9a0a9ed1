package com.shopmate.dialogue.faq;

import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The FAQ as the running service has it: the bundled demo shop's, indexed at start, at the configured floor. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
class FaqAnswersIT {

    @Inject
    FaqAnswers faq;

    @Test
    void theDemoShopFaqAnswersFromTheStart() {
        assertEquals(40, faq.index().entries().size());
        assertEquals(Double.parseDouble(FaqProducer.DEFAULT_MIN_SIMILARITY), faq.index().minSimilarity());

        assertEquals("FAQ-036", faq.best("how do I reset my password", "en").orElseThrow().entry().id());
        assertTrue(faq.best("明天上海天气怎么样", "zh").isEmpty());
    }
}
