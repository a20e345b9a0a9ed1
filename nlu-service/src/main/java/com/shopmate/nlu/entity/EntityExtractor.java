package com.shopmate.nlu.entity;

import com.shopmate.events.IntentClassified.Entity;
import com.shopmate.nlu.entity.catalog.ProductCatalog;
import com.shopmate.nlu.entity.catalog.ResourceProductCatalog;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every entity in a shopper's text: each built-in {@link EntityRecognizer} and each of the served model's
 * {@link TrainedEntities} proposes spans, the training data's synonyms normalise their values, overlaps are resolved
 * (see {@link OverlapResolver}) and the spans are mapped back to UTF-16 offsets into the text as the shopper wrote
 * it, end exclusive, however it was normalised to be read (ＳＯ２０２６… is read as SO2026…). Values are normalised;
 * their formats are in nlu-service's README.
 */
@Singleton
public class EntityExtractor {

    private final List<EntityRecognizer> recognizers;
    private final Clock clock;

    @Inject
    EntityExtractor(EntityConfig config, ProductCatalog catalog) {
        this(EntitySettings.from(config), catalog);
    }

    /** The shipped settings and the demo shop's catalog, with the shop's own order-id pattern. */
    public EntityExtractor(String orderIdPattern) {
        this(EntitySettings.DEFAULTS.withOrderIdPattern(orderIdPattern), ResourceProductCatalog.demoShop());
    }

    public EntityExtractor(EntitySettings settings, ProductCatalog catalog) {
        this(StandardRecognizers.create(settings, catalog), Clock.system(settings.zone()));
    }

    /** @param clock gives "today" when {@link #extract(String)} is not told the reference date */
    public EntityExtractor(List<EntityRecognizer> recognizers, Clock clock) {
        this.recognizers = List.copyOf(recognizers);
        this.clock = clock;
    }

    /** The built-in recognizers alone; relative dates count from today in the configured zone. */
    public List<Entity> extract(String text) {
        return extract(text, LocalDate.now(clock), TrainedEntities.NONE);
    }

    /**
     * Relative dates count from the day the shopper said it, in the configured zone: a redelivered utterance gets
     * the same dates on any later day.
     *
     * @param trained the served model's entity part, taken with its intent model (see {@code ServedModel})
     */
    public List<Entity> extract(String text, Instant saidAt, TrainedEntities trained) {
        return extract(text, LocalDate.ofInstant(saidAt, clock.getZone()), trained);
    }

    /** The built-in recognizers alone; relative dates count from {@code today}. */
    public List<Entity> extract(String text, LocalDate today) {
        return extract(text, today, TrainedEntities.NONE);
    }

    /** @param today the day relative dates ("明天", "3 days ago") count from */
    public List<Entity> extract(String text, LocalDate today, TrainedEntities trained) {
        EntityText input = EntityText.of(text, today);
        List<EntitySpan> candidates = new ArrayList<>();
        for (List<EntityRecognizer> group : List.of(recognizers, trained.recognizers())) {
            for (EntityRecognizer recognizer : group) {
                recognizer.recognize(input).forEach(span -> candidates.add(trained.normalised(span, input)));
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (EntitySpan span : OverlapResolver.resolve(candidates, input.text().length())) {
            entities.add(new Entity(span.type(), span.value(), input.originalStart(span.start()),
                    input.originalEnd(span.end()), span.source().eventName(), span.confidence()));
        }
        return entities;
    }
}
