package com.shopmate.dialogue.faq;

import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The FAQ the bot answers from now. Lookups read the current {@link FaqIndex} without locking; {@link #reload()}
 * builds a new one beside it and swaps it in whole, so a lookup sees the old FAQ or the new one, never a mix.
 */
public class FaqAnswers {

    private static final Logger LOG = Logger.getLogger(FaqAnswers.class);

    private final Supplier<FaqIndex> source;
    private final String sourceName;
    private final AtomicReference<FaqIndex> current = new AtomicReference<>();

    /**
     * Builds the first index now: a FAQ that cannot be read stops the start, rather than a bot that silently
     * answers nothing.
     *
     * @param source     reads and indexes the FAQ, each time it is called
     * @param sourceName where the FAQ comes from, for the log
     */
    public FaqAnswers(Supplier<FaqIndex> source, String sourceName) {
        this.source = source;
        this.sourceName = sourceName;
        current.set(build());
    }

    /** See {@link FaqIndex#best(String, String)}. */
    public Optional<FaqMatch> best(String text, String language) {
        return current.get().best(text, language);
    }

    /**
     * Reads the FAQ again and serves it from now on. If it cannot be read, the FAQ served so far stays and the
     * error is thrown, naming the line at fault.
     */
    public synchronized FaqIndex reload() {
        FaqIndex index = build();
        current.set(index);
        return index;
    }

    public FaqIndex index() {
        return current.get();
    }

    private FaqIndex build() {
        long start = System.nanoTime();
        FaqIndex index = source.get();
        LOG.infof("FAQ: %d entries from %s indexed in %d ms (similarity floor %.2f)", index.entries().size(),
                sourceName, (System.nanoTime() - start) / 1_000_000, index.minSimilarity());
        return index;
    }
}
