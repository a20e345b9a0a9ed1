package com.shopmate.dialogue.turn;

import com.shopmate.dialogue.context.ConversationContext;
import com.shopmate.dialogue.context.ConversationContextStore;
import com.shopmate.dialogue.context.Memory;
import com.shopmate.dialogue.emotion.EscalationConfig;
import com.shopmate.dialogue.emotion.EscalationRisk;
import com.shopmate.dialogue.emotion.ToneAdapter;
import com.shopmate.dialogue.emotion.ToneReading;
import com.shopmate.dialogue.faq.FaqAnswers;
import com.shopmate.dialogue.faq.GeneralQuestion;
import com.shopmate.dialogue.flow.FlowEngine;
import com.shopmate.dialogue.handoff.HandoffRules;
import com.shopmate.dialogue.handoff.Handover;
import com.shopmate.dialogue.reply.ReplyComposer;
import com.shopmate.dialogue.reply.ReplyLanguage;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.HandoffRequested;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.SentimentScored;
import com.shopmate.kit.consuming.FollowUp;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One turn of the conversation: context in, reply composed and sent, context out. The shopper's tone joins the
 * conversation's trajectory first; a conversation people own is held for them; a request for a person, or an
 * escalation the bot should not handle alone, hands over; otherwise the FAQ and the flows answer, in a tone that
 * fits the shopper's mood.
 */
@ApplicationScoped
public class TurnHandler {

    private static final Logger LOG = Logger.getLogger(TurnHandler.class);

    private final ConversationContextStore contexts;
    private final ReplyComposer composer;
    private final FlowEngine flows;
    private final FaqAnswers faq;
    private final EscalationRisk escalation;
    private final HandoffRules handoffRules;
    private final Handover handover;
    private final ToneAdapter tone;
    private final MutinyEmitter<Record<String, String>> replies;
    private final MutinyEmitter<Record<String, String>> handoffs;
    private final MeterRegistry metrics;
    private final int maxTurns;
    private final int keptTones;
    private final double escalatingFrom;

    public TurnHandler(ConversationContextStore contexts, ReplyComposer composer, FlowEngine flows,
                       FaqAnswers faq, EscalationRisk escalation, EscalationConfig escalationConfig,
                       HandoffRules handoffRules, Handover handover, ToneAdapter tone,
                       @Channel("replies") MutinyEmitter<Record<String, String>> replies,
                       @Channel("handoffs") MutinyEmitter<Record<String, String>> handoffs, MeterRegistry metrics,
                       @ConfigProperty(name = "shopmate.dialogue.context-max-turns") int maxTurns,
                       @ConfigProperty(name = "shopmate.dialogue.escalated-apology-risk") double escalatingFrom) {
        this.contexts = contexts;
        this.composer = composer;
        this.flows = flows;
        this.faq = faq;
        this.escalation = escalation;
        this.handoffRules = handoffRules;
        this.handover = handover;
        this.tone = tone;
        this.replies = replies;
        this.handoffs = handoffs;
        this.metrics = metrics;
        this.maxTurns = maxTurns;
        this.keptTones = escalationConfig.keptTurns();
        this.escalatingFrom = escalatingFrom;
    }

    /** @param sentiment the utterance's tone, or null when it did not arrive in time */
    public Uni<Void> answer(EventEnvelope<IntentClassified> intent, SentimentScored sentiment) {
        IntentClassified understood = intent.payload();
        // Both reads at once: they are independent, and each is a Redis round trip on the conversation's turn.
        return Uni.combine().all()
                .unis(contexts.wasAnswered(understood.utteranceId()), contexts.load(intent.conversationId()))
                .asTuple()
                .chain(read -> read.getItem1() ? Uni.createFrom().voidItem()
                        : reply(intent, sentiment, read.getItem2()));
    }

    private Uni<Void> reply(EventEnvelope<IntentClassified> intent, SentimentScored sentiment,
                            ConversationContext before) {
        IntentClassified understood = intent.payload();
        String language = ReplyLanguage.choose(understood.language(), understood.text(), before.language());
        int turnNumber = (int) before.exchanges();
        ToneReading feeling = ToneReading.of(sentiment, understood.text());
        Memory felt = before.memory().feeling(feeling, keptTones);
        ConversationContext context = before.withMemory(felt);
        if (felt.withPeople()) {
            // A person owns the conversation: the message is theirs to answer, the bot only acknowledges it.
            return send(intent, sentiment, new Answered(List.of(), language, context, true, null));
        }
        double risk = escalation.of(felt.tones(), felt.fallbacks(),
                RepeatedQuestion.asked(understood, before.turns()), null, null);
        if (Memory.AWAITING_CONTACT.equals(felt.handoff())) {
            Optional<Handover.Handed> filed = handover.callbackAnswer(intent, context, felt, risk, language,
                    turnNumber);
            if (filed.isPresent()) {
                return send(intent, sentiment, handed(filed.get(), language, context));
            }
            context = context.withMemory(felt.withHandoff(null));
        }
        Optional<String> handOver = handoffRules.before(understood, risk);
        if (handOver.isPresent()) {
            Handover.Handed handed = handover.handOver(intent, handOver.get(), context, context.memory(), risk,
                    language, turnNumber);
            return send(intent, sentiment, handed(handed, language, context));
        }
        ConversationContext answering = context;
        Uni<Optional<Answered>> faqFirst = asksAboutTheRules(understood, answering)
                ? faqAnswer(understood, language).map(answer -> answer.map(reply -> new Answered(
                        List.of(reply), language, answering, false, null)))
                : Uni.createFrom().item(Optional.empty());
        return faqFirst.chain(first -> first.isPresent() ? Uni.createFrom().item(first.get())
                        : flowsThenFaq(intent, answering, language, turnNumber))
                .map(answered -> afterAnswer(intent, answered, risk, language, turnNumber))
                .map(answered -> answered.handoff() ? answered : answered.withReplies(tone.adapt(
                        composer.comforted(answered.replies(), sentiment, language, turnNumber,
                                escalating(felt, risk)), feeling, language)))
                .chain(answered -> send(intent, sentiment, answered));
    }

    /**
     * Whether an apology should own up to trouble that goes on: the risk is high and the shopper was already
     * unhappy a turn ago. A first angry message gets the ordinary apology ("一再" would not be true yet).
     */
    private boolean escalating(Memory felt, double risk) {
        List<ToneReading> tones = felt.tones();
        return risk >= escalatingFrom && tones.size() >= 2 && tones.get(tones.size() - 2).distress() > 0;
    }

    /**
     * After the bot answered: count a failure to understand, and hand over when a flow says a person must decide
     * or the bot has failed once too often (its fallback then gives way to the handover's words).
     */
    private Answered afterAnswer(EventEnvelope<IntentClassified> intent, Answered answered, double risk,
                                 String language, int turnNumber) {
        Memory memory = answered.context().memory();
        int fallbacks = answered.fellBack() ? memory.fallbacks() + 1 : 0;
        Memory counted = memory.withFallbacks(fallbacks);
        ConversationContext context = answered.context().withMemory(counted);
        Optional<String> reason = handoffRules.after(answered.flowSaysHandOver(), fallbacks);
        if (reason.isEmpty()) {
            return new Answered(answered.replies(), answered.language(), context, false, null, answered.fellBack(),
                    false);
        }
        double atStake = answered.orderValue() == null ? risk : escalation.of(counted.tones(), fallbacks, false,
                answered.orderValue(), null);
        Handover.Handed handed = handover.handOver(intent, reason.get(), context, counted, Math.max(risk, atStake),
                language, turnNumber);
        List<ReplyComposed.Reply> said = new java.util.ArrayList<>(answered.fellBack() ? List.of()
                : answered.replies());
        said.addAll(handed.replies());
        return handed(new Handover.Handed(said, handed.request(), handed.memory()), language, context);
    }

    private static Answered handed(Handover.Handed handed, String language, ConversationContext context) {
        return new Answered(handed.replies(), language, context.withMemory(handed.memory()), true,
                handed.request().orElse(null));
    }

    /**
     * A question about the shop's rules ("运费怎么算？") that names no order and does not follow up on the order just
     * discussed ("钱多久能退回来？" after a cancellation is about that order): the FAQ answers it before any flow.
     */
    private static boolean asksAboutTheRules(IntentClassified understood, ConversationContext context) {
        boolean waiting = context.memory().flow() != null && context.memory().flow().awaiting() != null;
        boolean aboutRecentOrder = ORDER_FOLLOW_UPS.contains(understood.intent())
                && !context.memory().orders().isEmpty();
        return !waiting && !aboutRecentOrder
                && understood.entities().stream().noneMatch(e -> "order_id".equals(e.type()))
                && GeneralQuestion.about(understood.text());
    }

    /** A flow's answer; else the FAQ's; else the intent's reply from the wording. */
    private Uni<Answered> flowsThenFaq(EventEnvelope<IntentClassified> intent, ConversationContext context,
                                       String language, int turnNumber) {
        IntentClassified understood = intent.payload();
        return flows.knowSender(intent, context.memory())
                .chain(memory -> flows.handle(intent, language, turnNumber, memory))
                .chain(flowTurn -> {
                    Optional<Answered> byFlow = flowTurn
                            .filter(done -> !done.replies().isEmpty() || done.handsOverToPeople())
                            .map(done -> new Answered(done.replies(), language, context.withMemory(done.memory()),
                                    false, null, false, done.handsOverToPeople(), done.highestOrderValue()));
                    if (byFlow.isPresent()) {
                        return Uni.createFrom().item(byFlow.get());
                    }
                    return faqAnswer(understood, language).map(answer -> answer
                            .map(reply -> new Answered(List.of(reply), language, context, false, null))
                            .orElseGet(() -> {
                                // The wording's reply; its opener comes with the flows' (comforted), not twice.
                                ReplyComposer.Composition composed = composer.compose(understood, null, context);
                                return new Answered(composed.replies(), composed.language(), context, false, null,
                                        composer.fallsBack(understood), false);
                            }));
                });
    }

    /**
     * The shop's FAQ answer, when one is close enough in meaning; greetings, thanks and yes/no keep their own
     * replies. The sentence encoder runs on a worker thread: it is CPU work the event loop must not wait on.
     */
    private Uni<Optional<ReplyComposed.Reply>> faqAnswer(IntentClassified understood, String language) {
        if (CONVERSATIONAL.contains(understood.intent()) && understood.confidence() >= 0.5) {
            return Uni.createFrom().item(Optional.empty());
        }
        return Uni.createFrom().item(() -> faq.best(understood.text(), language)
                        .map(match -> new ReplyComposed.Reply(match.answer(), List.of())))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static final java.util.Set<String> ORDER_FOLLOW_UPS = java.util.Set.of("refund_status",
            "logistics_tracking", "order_status", "delivery_delay_complaint");

    private static final java.util.Set<String> CONVERSATIONAL = java.util.Set.of("greet", "thanks", "goodbye",
            "affirm", "deny");

    /**
     * What the bot says to a turn, in which language, and the context it leaves.
     *
     * @param handoff           the turn hands over to people, or a person owns the conversation already
     * @param request           the handoff filed on this turn, or null
     * @param fellBack          the bot did not understand
     * @param flowSaysHandOver  a flow's handoff step ran
     * @param orderValue        the highest total of the orders the flow read, or null
     */
    private record Answered(List<ReplyComposed.Reply> replies, String language, ConversationContext context,
                            boolean handoff, HandoffRequested request, boolean fellBack, boolean flowSaysHandOver,
                            java.math.BigDecimal orderValue) {

        Answered(List<ReplyComposed.Reply> replies, String language, ConversationContext context, boolean handoff,
                 HandoffRequested request) {
            this(replies, language, context, handoff, request, false, false, null);
        }

        Answered(List<ReplyComposed.Reply> replies, String language, ConversationContext context, boolean handoff,
                 HandoffRequested request, boolean fellBack, boolean flowSaysHandOver) {
            this(replies, language, context, handoff, request, fellBack, flowSaysHandOver, null);
        }

        Answered withReplies(List<ReplyComposed.Reply> next) {
            return new Answered(next, language, context, handoff, request, fellBack, flowSaysHandOver, orderValue);
        }
    }

    private Uni<Void> send(EventEnvelope<IntentClassified> intent, SentimentScored sentiment, Answered answered) {
        IntentClassified understood = intent.payload();
        ReplyComposed reply = answered.replies().isEmpty() ? Handover.held(understood, answered.language())
                : new ReplyComposed(understood.utteranceId(), understood.messageId(), answered.language(),
                        answered.replies(), answered.handoff());
        Instant now = Instant.now();
        ConversationContext next = answered.context().after(
                new ConversationContext.Turn(ConversationContext.SHOPPER, understood.text(), understood.intent(), now),
                answered.replies().stream()
                        .map(r -> new ConversationContext.Turn(ConversationContext.BOT, r.text(), null, now)).toList(),
                answered.language(), maxTurns);
        String polarity = sentiment == null ? "missing" : sentiment.polarity();
        // The handoff goes out before the reply that announces it: a shopper told "transferring you" is in the queue.
        Uni<Void> handedOver = answered.request() == null ? Uni.createFrom().voidItem()
                : handoffs.send(FollowUp.record(intent, answered.request()));
        return handedOver.chain(() -> replies.send(FollowUp.record(intent, reply)))
                .chain(() -> contexts.saveTurn(intent.conversationId(), next, understood.utteranceId()))
                .invoke(() -> {
                    metrics.counter("shopmate.dialogue.replies", "intent", understood.intent(), "sentiment", polarity,
                            "handoff", Boolean.toString(answered.handoff())).increment();
                    if (answered.request() != null) {
                        metrics.counter("shopmate.dialogue.handoffs", "reason", answered.request().reason(),
                                "route", answered.request().route()).increment();
                    }
                    // Per message, so debug: at hundreds of messages a second an info line each costs real CPU.
                    LOG.debugf("answered %s: intent %s (%.2f), sentiment %s, in %s", understood.messageId(),
                            understood.intent(), understood.confidence(), polarity, answered.language());
                });
    }
}
