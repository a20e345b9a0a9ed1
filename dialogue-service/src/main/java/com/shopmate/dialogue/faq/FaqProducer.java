package com.shopmate.dialogue.faq;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Indexes the shop's FAQ once, at start, so the first shopper's question does not wait for the encoders.
 *
 * <p>Read with {@code @ConfigProperty}, like the rest of {@code shopmate.dialogue.*}: a {@code @ConfigMapping} on
 * that prefix would have to map every key under it, or the service refuses to start (SRCFG00050).
 */
public class FaqProducer {

    /** Chosen on the tuning half of the paraphrase set (see {@code FaqRetrievalEval}): 0.295, rounded. */
    static final String DEFAULT_MIN_SIMILARITY = "0.3";

    /**
     * @param file          the shop's FAQ, JSON Lines as the demo shop's {@code faq.jsonl}; empty: the demo
     *                      shop's, bundled
     * @param minSimilarity below this score ({@link FaqMatch#score()}) a message gets no FAQ answer
     */
    @Produces
    @ApplicationScoped
    @Startup
    FaqAnswers faqAnswers(@ConfigProperty(name = "shopmate.dialogue.faq-file") Optional<Path> file,
                          @ConfigProperty(name = "shopmate.dialogue.faq-min-similarity",
                                  defaultValue = DEFAULT_MIN_SIMILARITY) double minSimilarity) {
        String sourceName = file.map(Path::toString).orElse("the bundled demo shop FAQ");
        return new FaqAnswers(() -> FaqIndex.load(file, minSimilarity), sourceName);
    }
}
