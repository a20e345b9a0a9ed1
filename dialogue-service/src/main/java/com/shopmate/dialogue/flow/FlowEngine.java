package com.shopmate.dialogue.flow;

import com.shopmate.dialogue.context.Memory;
import com.shopmate.dialogue.context.Memory.FlowState;
import com.shopmate.dialogue.policy.ShopPolicy;
import com.shopmate.dialogue.recommend.MarketingCues;
import com.shopmate.dialogue.recommend.RecommendationClient;
import com.shopmate.dialogue.shop.ShopClient;
import com.shopmate.dialogue.shop.ShopUnavailableException;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.ShopperIdentity;
import io.smallrye.mutiny.Uni;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the flows of {@code flows.yml} for one shopper turn: continues the flow that asked the shopper something
 * when the turn answers it, starts the flow of the turn's intent otherwise (setting the first one aside, to come
 * back to once the new one ends), and reports whether any flow took the turn.
 */
public final class FlowEngine {

    /** What a flow waits on when its action outlived the turn's budget: the outcome, told on the next turn. */
    static final String PENDING_ACTION = "pending_action";

    private static final java.util.Set<String> CONVERSATIONAL = java.util.Set.of("greet", "thanks", "goodbye",
            "chitchat", "out_of_scope", "human_agent_request", "complaint");

    private final java.util.function.Supplier<FlowContent> content;
    private final Steps steps;
    private final ShopClient shop;
    private final RecommendationClient recommendations;
    private final Clock clock;
    private final double minConfidence;

    /** @param content the flows, policy and wording in force, read again on every turn so a reload takes effect */
    public FlowEngine(java.util.function.Supplier<FlowContent> content, ShopClient shop,
                      RecommendationClient recommendations, Clock clock, double minConfidence) {
        this.content = content;
        this.recommendations = recommendations;
        this.steps = new Steps(new Checks(), new Answers());
        this.shop = shop;
        this.clock = clock;
        this.minConfidence = minConfidence;
    }

    public static FlowBook readBook(java.io.InputStream yaml) {
        return FlowBook.read(yaml, Checks.NAMES, Answers.NAMES);
    }

    /** The turn's flow work, or empty when no flow takes it (chit-chat, FAQ and fallbacks answer it then). */
    public Uni<Optional<FlowTurn>> handle(EventEnvelope<IntentClassified> event, String language, int variant,
                                         Memory memory) {
        FlowContent current = content.get();
        FlowBook book = current.book();
        ShopPolicy policy = current.policy();
        FlowTurn turn = new FlowTurn(event, language, variant, memory, shop, recommendations, policy,
                current.wording(), clock);
        IntentClassified understood = event.payload();
        if (PrivacyGuard.asksForOthers(turn)) {
            turn.reply(turn.say("privacy.refused", java.util.Map.of("rule", policy.verificationRule(language))),
                    turn.quickReplies("privacy.refused"), null);
            return Uni.createFrom().item(Optional.of(turn));
        }
        Optional<Boolean> optingOut = MarketingCues.optedOut(turn.text());
        if (optingOut.isPresent()) {
            return Suggestions.changeConsent(turn, optingOut.get()).map(done -> Optional.of(turn));
        }
        Optional<FlowDefinition> wanted = understood.confidence() >= minConfidence
                || IntentRefinement.followsSuggestions(turn)
                ? book.forIntent(IntentRefinement.refine(turn)) : Optional.empty();
        FlowState active = memory.flow();
        Optional<FlowDefinition> activeFlow = active == null ? Optional.empty() : book.named(active.name());
        Uni<Void> work;
        if (activeFlow.isPresent() && PENDING_ACTION.equals(active.awaiting())) {
            // An action that outlived its turn: asked again with the same actionId (applied once), its outcome told.
            work = runFrom(turn, activeFlow.get(), actionStep(activeFlow.get()), book);
        } else if (activeFlow.isPresent() && active.awaiting() != null) {
            // Waiting for the size or colour wanted, "which sizes do you have?" is part of the exchange.
            boolean answers = activeFlow.get().asking(active.awaiting())
                    .map(step -> steps.answers(turn, step)).orElse(false)
                    || "want".equals(active.awaiting()) && (wanted.isEmpty()
                    || understood.intent().startsWith("product_"));
            boolean aside = wanted.isEmpty() && CONVERSATIONAL.contains(understood.intent())
                    && understood.confidence() >= minConfidence;
            if (!answers && aside) {
                // "hello", "thanks" while a flow waits: answered as such, the flow keeps waiting.
                return Uni.createFrom().item(Optional.empty());
            }
            if (answers || wanted.isEmpty() || wanted.get().name().equals(active.name())) {
                work = run(turn, activeFlow.get(), book);
            } else {
                List<FlowState> suspended = new ArrayList<>(memory.suspended());
                suspended.add(active);
                turn.remember(memory.withSuspended(suspended.subList(Math.max(0, suspended.size() - 3),
                        suspended.size())));
                work = start(turn, wanted.get(), book);
            }
        } else if (wanted.isPresent()) {
            work = start(turn, wanted.get(), book);
        } else if (memory.lastFlow() != null && followUp(turn) && book.named(memory.lastFlow()).isPresent()) {
            work = start(turn, book.named(memory.lastFlow()).get(), book);
        } else {
            return Uni.createFrom().item(Optional.empty());
        }
        return work.onFailure(ShopUnavailableException.class).recoverWithItem(() -> {
            turn.reply(turn.say("shop.slow"));
            return null;
        }).map(done -> Optional.of(turn));
    }

    /** "第二个呢？", "what about the other one?", "SO2026… 呢": the same question about another order or product. */
    private static boolean followUp(FlowTurn turn) {
        String text = turn.text().toLowerCase(java.util.Locale.ROOT);
        return References.ordinal(text).isPresent() || References.other(text)
                || !turn.entities("order_id").isEmpty() || !turn.entities("product").isEmpty()
                || text.contains("呢") || text.contains("what about") || text.contains("how about");
    }

    private static int actionStep(FlowDefinition flow) {
        for (int i = 0; i < flow.steps().size(); i++) {
            if ("action".equals(flow.steps().get(i).step())) {
                return i;
            }
        }
        return flow.steps().size();
    }

    /** Looks up the customer an SMS sender's number belongs to, once per conversation. */
    public Uni<Memory> knowSender(EventEnvelope<IntentClassified> event, Memory memory) {
        ShopperIdentity identity = event.identity();
        if (identity == null || identity.customerId() != null || memory.customerId() != null
                || !ShopperIdentity.SMS_SENDER.equals(identity.verifiedBy())) {
            return Uni.createFrom().item(memory);
        }
        FlowContent current = content.get();
        FlowTurn lookup = new FlowTurn(event, "zh", 0, memory, shop, recommendations, current.policy(),
                current.wording(), clock);
        return lookup.ask("customer", null, null, null, null)
                .map(answer -> answer.customers().stream().findFirst()
                        .map(customer -> memory.withCustomer(customer.customerId())).orElse(memory))
                .onFailure(ShopUnavailableException.class).recoverWithItem(memory);
    }

    private Uni<Void> start(FlowTurn turn, FlowDefinition flow, FlowBook book) {
        String id = turn.understood().utteranceId() + "/" + flow.name();
        turn.flow(new FlowState(flow.name(), id, Map.of(), null));
        return run(turn, flow, book);
    }

    private Uni<Void> run(FlowTurn turn, FlowDefinition flow, FlowBook book) {
        return runFrom(turn, flow, 0, book);
    }

    private Uni<Void> runFrom(FlowTurn turn, FlowDefinition flow, int index, FlowBook book) {
        if (index >= flow.steps().size()) {
            return finish(turn, book);
        }
        return steps.run(turn, flow.steps().get(index)).chain(outcome -> switch (outcome) {
            case NEXT -> runFrom(turn, flow, index + 1, book);
            case WAIT -> Uni.createFrom().voidItem();
            case END -> finish(turn, book);
        });
    }

    /** The flow is over; one it interrupted picks up where it stopped, asking its question again. */
    private Uni<Void> finish(FlowTurn turn, FlowBook book) {
        Memory memory = turn.memory().withFlow(null);
        if (memory.suspended().isEmpty()) {
            turn.remember(memory);
            return Uni.createFrom().voidItem();
        }
        List<FlowState> suspended = new ArrayList<>(memory.suspended());
        FlowState resumed = suspended.remove(suspended.size() - 1);
        turn.remember(memory.withSuspended(suspended).withFlow(resumed));
        Optional<FlowDefinition> flow = book.named(resumed.name());
        if (flow.isEmpty() || !flow.get().has("action")) {
            // Only a request that changes something is worth coming back to; a question was answered or dropped.
            return finish(turn, book);
        }
        turn.resuming();
        turn.reply(turn.say("flow.resume", Map.of("flow", turn.say("flow.name." + resumed.name()))));
        return runFrom(turn, flow.get(), 0, book);
    }
}
