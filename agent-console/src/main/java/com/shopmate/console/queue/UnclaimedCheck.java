package com.shopmate.console.queue;

import com.shopmate.console.ConsoleConfig;
import com.shopmate.console.conversation.ConversationStore;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Every few seconds: queued conversations that waited longer than {@code shopmate.console.claim-timeout} go back to
 * the bot, which tells the shopper that no agent was free and offers a callback.
 */
@ApplicationScoped
public class UnclaimedCheck {

    private static final Logger LOG = Logger.getLogger(UnclaimedCheck.class);

    private final ConsoleConfig config;
    private final ConversationStore conversations;
    private final ConversationActions actions;

    UnclaimedCheck(ConsoleConfig config, ConversationStore conversations,
                   ConversationActions actions) {
        this.config = config;
        this.conversations = conversations;
        this.actions = actions;
    }

    @Scheduled(every = "${shopmate.console.unclaimed-check-every}",
            delayed = "${shopmate.console.unclaimed-check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> check() {
        return conversations.waitingLongerThan(config.claimTimeout())
                .onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                // One at a time: each is its own transaction and its own HandoffEnded.
                .onItem().transformToUniAndConcatenate(id -> actions.giveBackUnclaimed(id)
                        .onFailure().recoverWithItem(failure -> {
                            LOG.warnf(failure, "conversation %s: could not give it back unclaimed; next check", id);
                            return false;
                        }))
                .collect().asList()
                .replaceWithVoid();
    }
}
