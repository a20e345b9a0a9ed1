package com.shopmate.shop.events;

import com.shopmate.events.ShopActionRequested;
import com.shopmate.events.ShopQueryAnswered;
import com.shopmate.events.ShopQueryRequested;
import com.shopmate.kit.consuming.EventConsumer;
import com.shopmate.kit.consuming.EventConsumers;
import com.shopmate.shop.backend.ShopBackend;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Shop questions and actions in, answers out, keyed by the asking conversation. Decoding, retries, dead letters,
 * the log context and the timing are the service kit's. A question the back end cannot answer now is answered
 * {@code unavailable} at once (the shopper is waiting; asking again is the requester's call); an action that fails is
 * retried by the kit and, since it is applied at most once per actionId, a retry never applies it twice.
 */
@ApplicationScoped
public class ShopEventsProcessor {

    private static final Logger LOG = Logger.getLogger(ShopEventsProcessor.class);

    private final EventConsumer<ShopQueryRequested> queries;
    private final EventConsumer<ShopActionRequested> actions;
    private final ShopQueries answers;
    private final ShopBackend backend;

    ShopEventsProcessor(EventConsumers consumers, ShopQueries answers, ShopBackend backend) {
        this.queries = consumers.of(ShopQueryRequested.class);
        this.actions = consumers.of(ShopActionRequested.class);
        this.answers = answers;
        this.backend = backend;
    }

    @Incoming("shop-queries")
    @Outgoing("shop-answers")
    public Uni<Record<String, String>> onQuery(String json) {
        return queries.process(json, query -> answers.answer(query.payload())
                .onFailure().recoverWithItem(failure -> {
                    LOG.errorf(failure, "shop query %s (%s) failed: answered unavailable",
                            query.payload().queryId(), query.payload().kind());
                    return new ShopQueryAnswered(query.payload().queryId(), query.payload().kind(), "unavailable",
                            null, null, null, null, null);
                }));
    }

    @Incoming("shop-actions")
    @Outgoing("shop-action-results")
    public Uni<Record<String, String>> onAction(String json) {
        return actions.process(json, action -> backend.apply(action.payload(), action.conversationId()));
    }
}
